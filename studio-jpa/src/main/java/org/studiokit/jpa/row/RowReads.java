package org.studiokit.jpa.row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows a command reads most (a client or a document by id, the movements on documents) with plain JDBC
 * on the transaction's connection, into the same entities the entity manager would load (the columns
 * {@link NewRows} writes), which the mappers turn into records: no load events, no persistence context to clear.
 */
public final class RowReads {
    private static final String CLIENT = "select id, record_no, name, email, phone, quick_sale from sk_client"
            + " where studio_id = ? and id = ?";
    private static final String DOCUMENT = "select d.id, d.record_no, d.doc_type, d.client_id, d.session_id,"
            + " d.doc_date, d.currency, d.discount_minor, d.discount_percent, d.shipping_minor, d.tax_codes, d.totals,"
            + " d.total_minor, d.original_id, d.reason, d.write_off, d.deposit_refund, d.delivered, d.voided,"
            + " d.converted_to, d.plan, d.lock_batch, d.lock_unlocked, d.lock_unlocked_by, d.lock_reason,"
            + " d.created_by, d.version, l.item, l.description, l.category, l.account, l.quantity, l.unit_price_minor,"
            + " l.discount_minor, l.discount_percent, l.tax_codes from sk_document d left join sk_document_line l"
            + " on l.studio_id = d.studio_id and l.document_id = d.id where d.studio_id = ? and d.id = ?"
            + " order by l.line_no";
    /** How many of {@link #DOCUMENT}'s columns are the document's: its line's come after them. */
    private static final int DOCUMENT_COLUMNS = 27;
    /** The columns of a movement, in the order {@link #movements} reads them. */
    public static final String MOVEMENT_COLUMNS = "id, record_no, kind, movement_date, amount_minor, currency, method,"
            + " reference, user_name, idempotency_key, client_id, document_id, target_id, source_id, pair_id, voided,"
            + " lock_batch, lock_unlocked, lock_unlocked_by, lock_reason, version";

    private RowReads() {
    }

    /** @return the client row, or null */
    static ClientRow client(Connection c, String studio, long id) throws SQLException {
        try (PreparedStatement s = key(c, CLIENT, studio, id); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            ClientRow row = new ClientRow();
            row.studioId = studio;
            row.id = r.getLong(1);
            row.recordNo = r.getLong(2);
            row.name = r.getString(3);
            row.email = r.getString(4);
            row.phone = r.getString(5);
            row.quickSale = r.getBoolean(6);
            return row;
        }
    }

    /** @return the document row with its lines, or null */
    static DocumentRow document(Connection c, String studio, long id) throws SQLException {
        try (PreparedStatement s = key(c, DOCUMENT, studio, id); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            DocumentRow d = new DocumentRow();
            d.studioId = studio;
            Column k = new Column(r);
            d.id = k.num();
            d.recordNo = k.num();
            d.docType = k.text();
            d.clientId = k.num();
            d.sessionId = k.optNum();
            d.docDate = k.date();
            d.currency = k.text();
            d.discountMinor = k.optNum();
            d.discountPercent = k.text();
            d.shippingMinor = k.optNum();
            d.taxCodes = k.text();
            d.totals = k.text();
            d.totalMinor = k.num();
            d.originalId = k.optNum();
            d.reason = k.text();
            d.writeOff = k.bool();
            d.depositRefund = k.bool();
            d.delivered = k.date();
            d.voided = k.bool();
            d.convertedTo = k.optNum();
            d.plan = k.text();
            d.lock = lock(k);
            d.createdBy = k.text();
            d.version = k.num();
            lines(r, d.lines);
            return d;
        }
    }

    private static void lines(ResultSet r, List<LineCols> lines) throws SQLException {
        do {
            Column k = new Column(r, DOCUMENT_COLUMNS);
            String item = k.text();
            if (item == null) {
                return;
            }
            LineCols l = new LineCols();
            l.item = item;
            l.description = k.text();
            l.category = k.text();
            l.account = k.text();
            l.quantity = k.num();
            l.unitPriceMinor = k.num();
            l.discountMinor = k.optNum();
            l.discountPercent = k.text();
            l.taxCodes = k.text();
            lines.add(l);
        } while (r.next());
    }

    /** @return the movement rows of a result whose columns are {@link #MOVEMENT_COLUMNS} */
    static List<MovementRow> movements(String studio, ResultSet r) throws SQLException {
        List<MovementRow> rows = new ArrayList<>();
        while (r.next()) {
            MovementRow m = new MovementRow();
            m.studioId = studio;
            Column k = new Column(r);
            m.id = k.num();
            m.recordNo = k.num();
            m.kind = k.text();
            m.movementDate = k.date();
            m.amountMinor = k.num();
            m.currency = k.text();
            m.method = k.text();
            m.reference = k.text();
            m.userName = k.text();
            m.idempotencyKey = k.text();
            m.clientId = k.num();
            m.documentId = k.optNum();
            m.targetId = k.optNum();
            m.sourceId = k.optNum();
            m.pairId = k.optNum();
            m.voided = k.bool();
            m.lock = lock(k);
            m.version = k.num();
            rows.add(m);
        }
        return rows;
    }

    private static LockCols lock(Column k) throws SQLException {
        LockCols l = new LockCols();
        l.lockBatch = k.num();
        l.lockUnlocked = k.bool();
        l.lockUnlockedBy = k.text();
        l.lockReason = k.text();
        return l;
    }

    private static PreparedStatement key(Connection c, String sql, String studio, long id) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setString(1, studio);
        s.setLong(2, id);
        return s;
    }

    /** Reads a result row's columns in order. */
    private static final class Column {
        private final ResultSet r;
        private int i;

        Column(ResultSet r) {
            this(r, 0);
        }

        Column(ResultSet r, int before) {
            this.r = r;
            this.i = before;
        }

        String text() throws SQLException {
            return r.getString(++i);
        }

        long num() throws SQLException {
            return r.getLong(++i);
        }

        Long optNum() throws SQLException {
            long v = r.getLong(++i);
            return r.wasNull() ? null : v;
        }

        boolean bool() throws SQLException {
            return r.getBoolean(++i);
        }

        LocalDate date() throws SQLException {
            return r.getObject(++i, LocalDate.class);
        }
    }
}
