package org.studiokit.jpa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.core.document.Totals;
import org.studiokit.jpa.row.Json;
import org.studiokit.posting.journal.DocumentTotals;

/**
 * A batch's document totals (the totals of each document it posted or adjusted, as they were then) as rows of
 * {@code sk_batch_totals}, one per document in the batch's order, written in JDBC batches of
 * {@value JournalRows#BATCH} with the journal entries. One JSON value for all of them (as {@code sk_batch.detail}
 * held before schema 5) grew with the batch, ~350 characters a document: 35 MB at 100,000 documents, which H2
 * writes through one buffer of three times its length, and which every reader of the batch parsed whole.
 */
final class BatchTotals {
    private BatchTotals() {
    }

    /** Inserts a batch's document totals (the batch row is written already). */
    static void write(Connection c, String studio, long batch, DocumentTotals totals) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into sk_batch_totals (studio_id, batch_no,"
                + " position_no, document_id, totals) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < totals.size(); i++) {
                s.setString(1, studio);
                s.setLong(2, batch);
                s.setInt(3, i);
                s.setLong(4, totals.id(i));
                s.setString(5, Json.write(totals.totals(i)));
                s.addBatch();
                if ((i + 1) % JournalRows.BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * @param batch a batch number, or null for every batch of the studio
     * @return batch number → its document totals in the batch's order (batches without rows are absent)
     */
    static Map<Long, DocumentTotals> read(Connection c, String studio, Long batch) throws SQLException {
        Map<Long, DocumentTotals.Builder> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select batch_no, document_id, totals from sk_batch_totals"
                + " where studio_id = ?" + (batch == null ? "" : " and batch_no = ?")
                + " order by batch_no, position_no")) {
            s.setFetchSize(JournalRows.BATCH);
            s.setString(1, studio);
            if (batch != null) {
                s.setLong(2, batch);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.computeIfAbsent(r.getLong(1), b -> new DocumentTotals.Builder(16))
                            .put(r.getLong(2), Json.read(r.getString(3), Totals.class));
                }
            }
        }
        Map<Long, DocumentTotals> totals = new HashMap<>();
        found.forEach((b, builder) -> totals.put(b, builder.build()));
        return totals;
    }
}
