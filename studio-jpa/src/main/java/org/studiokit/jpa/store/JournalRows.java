package org.studiokit.jpa.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.LineKey;
import org.studiokit.posting.journal.RecordRef;

/**
 * The rows a posting run writes in bulk, with plain JDBC batches of {@value #BATCH} statements on the transaction's
 * connection: a batch's journal entries and lines, and records' bookings (whether a record has a booking already is
 * one {@code in} query per {@value JpaRepository#CHUNK} records, bounded by their id range as
 * {@link JpaRepository#SPAN} explains). The same rows, columns and line numbers (from 0,
 * the order column's base) as the entities {@code EntryRow} and {@code BookedRow} map, which read them back.
 */
final class JournalRows {
    /** Statements a JDBC batch sends at most. */
    static final int BATCH = 1000;
    private static final String LINE_COLUMNS = "line_no, account, client_id, client_name, amount_minor)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    private JournalRows() {
    }

    /** Inserts a batch's entries and their lines (the batch row is written already). */
    static void entries(Connection c, String studio, long batch, List<JournalEntry> entries, String currency)
            throws SQLException {
        try (PreparedStatement entry = c.prepareStatement("insert into sk_journal_entry (studio_id, batch_no,"
                + " entry_no, entry_date, kind, record_kind, record_id, record_label, memo, original_batch, currency)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Lines lines = new Lines(c, "insert into sk_journal_line (studio_id, batch_no, entry_no, "
                        + LINE_COLUMNS, entry)) {
            int n = 0;
            for (JournalEntry e : entries) {
                entry.setString(1, studio);
                entry.setLong(2, batch);
                entry.setInt(3, e.sequence());
                entry.setDate(4, e.date() == null ? null : Date.valueOf(e.date()));
                entry.setString(5, e.kind().name());
                entry.setString(6, e.record() == null ? null : e.record().kind().name());
                entry.setLong(7, e.record() == null ? 0 : e.record().id());
                entry.setString(8, e.recordLabel());
                entry.setString(9, e.memo());
                entry.setLong(10, e.originalBatch());
                entry.setString(11, currency);
                entry.addBatch();
                if (++n % BATCH == 0) {
                    entry.executeBatch();
                }
                List<JournalLine> ls = e.lines();
                for (int i = 0; i < ls.size(); i++) {
                    JournalLine l = ls.get(i);
                    lines.add(studio, batch, e.sequence(), i, l.account(), l.clientId(), l.client(),
                            l.amount().minor());
                }
            }
            lines.flush();
        }
    }

    /** Writes records' bookings: replaces the lines of those that have one, inserts the others. */
    static void booked(Connection c, String studio, Map<RecordRef, Booking> bookings) throws SQLException {
        Set<RecordRef> existing = existing(c, studio, bookings.keySet());
        try (PreparedStatement head = c.prepareStatement(
                "insert into sk_booked (studio_id, record_kind, record_id) values (?, ?, ?)");
                PreparedStatement clear = c.prepareStatement(
                        "delete from sk_booked_line where studio_id = ? and record_kind = ? and record_id = ?");
                Lines lines = new Lines(c, "insert into sk_booked_line (studio_id, record_kind, record_id, "
                        + LINE_COLUMNS, null)) {
            for (Map.Entry<RecordRef, Booking> b : bookings.entrySet()) {
                PreparedStatement s = existing.contains(b.getKey()) ? clear : head;
                s.setString(1, studio);
                s.setString(2, b.getKey().kind().name());
                s.setLong(3, b.getKey().id());
                s.addBatch();
            }
            clear.executeBatch();
            head.executeBatch();
            for (Map.Entry<RecordRef, Booking> b : bookings.entrySet()) {
                int i = 0;
                for (Map.Entry<LineKey, Long> a : b.getValue().amounts().entrySet()) {
                    lines.add(studio, b.getKey().kind().name(), b.getKey().id(), i++, a.getKey().account(),
                            a.getKey().clientId(), null, a.getValue());
                }
            }
            lines.flush();
        }
    }

    /** @return the records among these that have a booking row already */
    private static Set<RecordRef> existing(Connection c, String studio, Collection<RecordRef> refs)
            throws SQLException {
        Set<RecordRef> found = new HashSet<>();
        for (RecordRef.Kind kind : RecordRef.Kind.values()) {
            List<Long> ids = refs.stream().filter(r -> r.kind() == kind).map(RecordRef::id).toList();
            for (List<Long> chunk : JpaRepository.chunks(ids)) {
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("select record_id from sk_booked where studio_id = ?"
                        + " and record_kind = ? and record_id between ? and ? and record_id in (" + marks + ")")) {
                    s.setString(1, studio);
                    s.setString(2, kind.name());
                    s.setLong(3, chunk.get(0));
                    s.setLong(4, chunk.get(chunk.size() - 1));
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setLong(5 + i, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            found.add(new RecordRef(kind, r.getLong(1)));
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * A batched insert of journal lines: three key columns, then line number, account, client, name, amount. Each of
     * its round trips first sends what the parent rows' batch holds, so no line goes before its parent row.
     */
    private static final class Lines implements AutoCloseable {
        private final PreparedStatement s;
        private final PreparedStatement parent;
        private int pending;

        Lines(Connection c, String sql, PreparedStatement parent) throws SQLException {
            this.s = c.prepareStatement(sql);
            this.parent = parent;
        }

        void add(String studio, Object key2, Object key3, int lineNo, String account, long clientId, String name,
                long minor) throws SQLException {
            s.setString(1, studio);
            s.setObject(2, key2);
            s.setObject(3, key3);
            s.setInt(4, lineNo);
            s.setString(5, account);
            s.setLong(6, clientId);
            if (name == null) {
                s.setNull(7, Types.VARCHAR);
            } else {
                s.setString(7, name);
            }
            s.setLong(8, minor);
            s.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        /** Sends the parent rows' batch, then the lines'. */
        void flush() throws SQLException {
            if (parent != null) {
                parent.executeBatch();
            }
            if (pending > 0) {
                s.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            s.close();
        }
    }
}
