package org.studiokit.benchmarks.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: plain JDBC writing the rows the studio writes for the same documents into the same tables, under a
 * studio id of its own, one transaction per document. Per invoice: the record id and the invoice number taken from
 * {@code sk_sequence} (read {@code FOR UPDATE}, then advanced), one {@code sk_document} row with its totals as JSON
 * text and one {@code sk_document_line}; per payment or deposit: the record id and the money number, one
 * {@code sk_movement} row. The clients are copied from the studio's own rows beforehand (not timed), so record ids
 * match the studio's and its journal rows can be copied here as they are ({@link JournalCopy}).
 */
final class PlainRecorder implements AutoCloseable {
    private static final String DOC = "insert into sk_document (studio_id, id, record_no, doc_type, client_id, doc_date,"
            + " currency, shipping_minor, tax_codes, totals, total_minor, write_off, deposit_refund, voided,"
            + " lock_batch, lock_unlocked, created_by, version) values (?, ?, ?, 'GENERIC', ?, ?, 'USD', 0,"
            + " '[\"ST\",\"CITY\"]', ?, ?, false, false, false, 0, false, 'owner', 0)";
    private static final String LINE = "insert into sk_document_line (studio_id, document_id, line_no, item, quantity,"
            + " unit_price_minor) values (?, ?, 0, ?, 1, ?)";
    private static final String MOVE = "insert into sk_movement (studio_id, id, record_no, kind, movement_date,"
            + " amount_minor, currency, method, user_name, client_id, document_id, voided, lock_batch, lock_unlocked,"
            + " version) values (?, ?, ?, ?, ?, ?, 'USD', ?, 'owner', ?, ?, false, 0, false, 0)";
    /** The default settings' first invoice number, where the studio's DOCUMENT sequence starts. */
    private static final long FIRST_INVOICE = 1001;
    private final Connection c;
    private final String studio;
    private final PreparedStatement next;
    private final PreparedStatement advance;
    private final PreparedStatement doc;
    private final PreparedStatement line;
    private final PreparedStatement move;
    private final Map<String, Long> clients = new HashMap<>();
    private final Map<String, long[]> invoices = new HashMap<>();

    /** Copies studio {@code from}'s clients and sequences into the new studio {@code studio} (not timed). */
    PlainRecorder(Connection c, String from, String studio) throws SQLException {
        this.c = c;
        this.studio = studio;
        c.setAutoCommit(false);
        copyClients(from);
        next = c.prepareStatement("select next_value from sk_sequence where studio_id = ? and name = ? for update");
        advance = c.prepareStatement("update sk_sequence set next_value = ? where studio_id = ? and name = ?");
        doc = c.prepareStatement(DOC);
        line = c.prepareStatement(LINE);
        move = c.prepareStatement(MOVE);
    }

    private void copyClients(String from) throws SQLException {
        JournalCopy.copy(c, from, studio, "sk_studio");
        JournalCopy.copy(c, from, studio, "sk_client");
        JournalCopy.copy(c, from, studio, "sk_sequence");
        try (PreparedStatement s = c.prepareStatement("select id, name from sk_client where studio_id = ?")) {
            s.setString(1, studio);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    clients.put(r.getString(2), r.getLong(1));
                }
            }
        }
        c.commit();
    }

    /**
     * Records every document step, one transaction each, or all in one when {@code oneTransaction} (only the rows
     * matter then, not how fast they were written); @return how many (clients are keyed by their names)
     */
    int documents(List<Step> steps, Map<String, String> clientNames, boolean oneTransaction) throws SQLException {
        int n = 0;
        for (Step s : steps) {
            switch (s.op()) {
                case "invoice" -> invoice(s, clients.get(clientNames.get(s.target())));
                case "payment" -> {
                    long[] inv = invoices.get(s.target());
                    movement(s, "PAYMENT", inv[1], inv[0]);
                }
                case "deposit" -> movement(s, "DEPOSIT", clients.get(clientNames.get(s.target())), 0);
                default -> {
                    continue;
                }
            }
            if (!oneTransaction) {
                c.commit();
            }
            n++;
        }
        c.commit();
        return n;
    }

    private void invoice(Step s, long client) throws SQLException {
        long id = take("RECORD_ID");
        long no = take("DOCUMENT");
        long net = s.minor();
        long st = (net * 4 + 50) / 100;
        long ct = (net * 45 + 500) / 1000;
        doc.setString(1, studio);
        doc.setLong(2, id);
        doc.setLong(3, no);
        doc.setLong(4, client);
        doc.setDate(5, Date.valueOf(s.date()));
        doc.setString(6, Totals.json(net, st, ct));
        doc.setLong(7, net + st + ct);
        doc.executeUpdate();
        line.setString(1, studio);
        line.setLong(2, id);
        line.setString(3, s.name());
        line.setLong(4, net);
        line.executeUpdate();
        invoices.put(s.ref(), new long[] {id, client});
    }

    private void movement(Step s, String kind, long client, long document) throws SQLException {
        long id = take("RECORD_ID");
        long no = take("MOVEMENT");
        move.setString(1, studio);
        move.setLong(2, id);
        move.setLong(3, no);
        move.setString(4, kind);
        move.setDate(5, Date.valueOf(s.date()));
        move.setLong(6, s.minor());
        move.setString(7, s.method());
        move.setLong(8, client);
        if (document == 0) {
            move.setNull(9, java.sql.Types.BIGINT);
        } else {
            move.setLong(9, document);
        }
        move.executeUpdate();
    }

    /** The next value of a gapless sequence, taken in the current transaction. */
    private long take(String name) throws SQLException {
        next.setString(1, studio);
        next.setString(2, name);
        long v;
        try (ResultSet r = next.executeQuery()) {
            v = r.next() ? r.getLong(1) : name.equals("DOCUMENT") ? FIRST_INVOICE : 1;
        }
        advance.setLong(1, v + 1);
        advance.setString(2, studio);
        advance.setString(3, name);
        if (advance.executeUpdate() == 0) {
            try (PreparedStatement i = c.prepareStatement("insert into sk_sequence (studio_id, name, next_value)"
                    + " values (?, ?, ?)")) {
                i.setString(1, studio);
                i.setString(2, name);
                i.setLong(3, v + 1);
                i.executeUpdate();
            }
        }
        return v;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {next, advance, doc, line, move}) {
            p.close();
        }
    }
}
