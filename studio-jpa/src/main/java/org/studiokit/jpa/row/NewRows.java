package org.studiokit.jpa.row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Inserts the new rows a command writes most (a client, a document with its lines, a money movement) with plain JDBC on the
 * transaction's connection: the same columns, line numbers (from 0, the order column's base) and first version (0)
 * as the entity manager would write for {@link ClientRow}, {@link DocumentRow} and {@link MovementRow}, which read them back. A command
 * creating a record thus sends its inserts without building an action queue and dirty-checking them at the flush.
 */
public final class NewRows {
    private static final String DOCUMENT = "insert into sk_document (studio_id, id, record_no, doc_type, client_id,"
            + " session_id, doc_date, currency, discount_minor, discount_percent, shipping_minor, tax_codes, totals,"
            + " total_minor, original_id, reason, write_off, deposit_refund, delivered, voided, converted_to, plan,"
            + " lock_batch, lock_unlocked, lock_unlocked_by, lock_reason, created_by, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String LINE = "insert into sk_document_line (studio_id, document_id, line_no, item,"
            + " description, category, account, quantity, unit_price_minor, discount_minor, discount_percent,"
            + " tax_codes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVEMENT = "insert into sk_movement (studio_id, id, record_no, kind, movement_date,"
            + " amount_minor, currency, method, reference, user_name, idempotency_key, client_id, document_id,"
            + " target_id, source_id, pair_id, voided, lock_batch, lock_unlocked, lock_unlocked_by, lock_reason,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private NewRows() {
    }

    /** Inserts a new document row and its lines. */
    static void insert(Connection c, DocumentRow r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DOCUMENT)) {
            Binder b = new Binder(s);
            b.text(r.studioId).num(r.id).num(r.recordNo).text(r.docType).num(r.clientId).num(r.sessionId)
                    .date(r.docDate).text(r.currency).num(r.discountMinor).text(r.discountPercent)
                    .num(r.shippingMinor).text(r.taxCodes).text(r.totals).num(r.totalMinor).num(r.originalId)
                    .text(r.reason).bool(r.writeOff).bool(r.depositRefund).date(r.delivered).bool(r.voided)
                    .num(r.convertedTo).text(r.plan);
            lock(b, r.lock).text(r.createdBy);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(LINE)) {
            for (int i = 0; i < r.lines.size(); i++) {
                LineCols l = r.lines.get(i);
                new Binder(s).text(r.studioId).num(r.id).num((long) i).text(l.item).text(l.description)
                        .text(l.category).text(l.account).num(l.quantity).num(l.unitPriceMinor).num(l.discountMinor)
                        .text(l.discountPercent).text(l.taxCodes);
                s.addBatch();
            }
            if (!r.lines.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    /** Inserts a new client row. */
    static void insert(Connection c, ClientRow r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into sk_client (studio_id, id, record_no, name, email,"
                + " phone, quick_sale) values (?, ?, ?, ?, ?, ?, ?)")) {
            new Binder(s).text(r.studioId).num(r.id).num(r.recordNo).text(r.name).text(r.email).text(r.phone)
                    .bool(r.quickSale);
            s.executeUpdate();
        }
    }

    /** Inserts a new movement row. */
    static void insert(Connection c, MovementRow r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(MOVEMENT)) {
            Binder b = new Binder(s).text(r.studioId).num(r.id).num(r.recordNo).text(r.kind).date(r.movementDate)
                    .num(r.amountMinor).text(r.currency).text(r.method).text(r.reference).text(r.userName)
                    .text(r.idempotencyKey).num(r.clientId).num(r.documentId).num(r.targetId).num(r.sourceId)
                    .num(r.pairId).bool(r.voided);
            lock(b, r.lock);
            s.executeUpdate();
        }
    }

    private static Binder lock(Binder b, LockCols l) throws SQLException {
        return b.num(l.lockBatch).bool(l.lockUnlocked).text(l.lockUnlockedBy).text(l.lockReason);
    }

    /** Binds a statement's parameters in order, nulls typed by their column. */
    private static final class Binder {
        private final PreparedStatement s;
        private int i;

        Binder(PreparedStatement s) {
            this.s = s;
        }

        Binder text(String v) throws SQLException {
            s.setString(++i, v);
            return this;
        }

        Binder num(Long v) throws SQLException {
            if (v == null) {
                s.setNull(++i, Types.BIGINT);
            } else {
                s.setLong(++i, v);
            }
            return this;
        }

        Binder bool(boolean v) throws SQLException {
            s.setBoolean(++i, v);
            return this;
        }

        Binder date(LocalDate v) throws SQLException {
            s.setObject(++i, v, Types.DATE);
            return this;
        }
    }
}
