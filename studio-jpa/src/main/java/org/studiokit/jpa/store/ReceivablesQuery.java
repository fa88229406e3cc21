package org.studiokit.jpa.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.store.Receivables;

/**
 * The aging's reads on the database (RPT-1): what is open as of a date, summed by the database in two grouped
 * queries that return only the open records, and the latest record date as two maxima, instead of reading and
 * decoding every record. Each query is fixed text; the studio id and the date are bound parameters. The money of
 * each movement on a document follows DOC-8 as {@code MoneyMovement.effectOn} does: payments and applications lower
 * the balance of their document, refunds, un-applies and transfers out raise it, a transfer lowers its target's.
 * Void records (DOC-12) and estimates (DOC-8) never count. Sums are exact (the database sums in decimals); one out of
 * the range of a {@code long} is refused with {@code VALIDATION} as {@code Money} refuses it.
 */
final class ReceivablesQuery {
    /**
     * Each non-void, non-estimate document dated through {@code :d} with its total, and the money of each non-void
     * movement dated through {@code :d} on it, grouped by document: the documents whose sum is not zero.
     */
    private static final String DOCUMENTS = "select doc_id, max(client_id), max(doc_date), sum(minor) from ("
            + "select d.id as doc_id, d.client_id as client_id, d.doc_date as doc_date, d.total_minor as minor"
            + " from sk_document d where d.studio_id = :s and d.voided = false and d.doc_type <> 'ESTIMATE'"
            + " and d.doc_date <= :d"
            + " union all select m.document_id, null, null, case when m.kind in ('PAYMENT', 'APPLICATION')"
            + " then -m.amount_minor when m.kind in ('REFUND', 'UNAPPLY', 'TRANSFER') then m.amount_minor else 0 end"
            + " from sk_movement m where m.studio_id = :s and m.document_id is not null and m.voided = false"
            + " and m.movement_date <= :d"
            + " union all select m.target_id, null, null, -m.amount_minor from sk_movement m where m.studio_id = :s"
            + " and m.kind = 'TRANSFER' and m.target_id is not null and m.voided = false and m.movement_date <= :d"
            + ") x group by doc_id having max(client_id) is not null and sum(minor) <> 0 order by doc_id";
    /**
     * Each non-void deposit and un-apply dated through {@code :d} with its amount, less each non-void application
     * from it dated through {@code :d}, grouped by source: the sources whose remainder is not zero.
     */
    private static final String DEPOSITS = "select source_id, max(client_id), max(movement_date), sum(minor) from ("
            + "select m.id as source_id, m.client_id as client_id, m.movement_date as movement_date,"
            + " m.amount_minor as minor from sk_movement m where m.studio_id = :s"
            + " and m.kind in ('DEPOSIT', 'UNAPPLY') and m.voided = false and m.movement_date <= :d"
            + " union all select m.source_id, null, null, -m.amount_minor from sk_movement m where m.studio_id = :s"
            + " and m.kind = 'APPLICATION' and m.source_id is not null and m.voided = false"
            + " and m.movement_date <= :d"
            + ") x group by source_id having max(client_id) is not null and sum(minor) <> 0 order by source_id";
    /** The latest dates of the non-void, non-estimate documents and of the non-void movements. */
    private static final String LATEST = "select max(doc_date) from sk_document where studio_id = :s"
            + " and voided = false and doc_type <> 'ESTIMATE'"
            + " union all select max(movement_date) from sk_movement where studio_id = :s and voided = false";

    private final Tx tx;

    ReceivablesQuery(Tx tx) {
        this.tx = tx;
    }

    /** @return the open documents and deposit sources as of a date (see {@link Receivables}) */
    Receivables asOf(LocalDate asOf) {
        return tx.read(() -> new Receivables(items(DOCUMENTS, asOf), items(DEPOSITS, asOf)));
    }

    /** @return the latest date of a non-void, non-estimate record, or null */
    LocalDate latest() {
        List<?> dates = tx.with(em -> em.createNativeQuery(LATEST).setParameter("s", tx.studioId()).getResultList());
        LocalDate latest = null;
        for (Object o : dates) {
            LocalDate d = date(o);
            latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
        }
        return latest;
    }

    private List<Receivables.Item> items(String sql, LocalDate asOf) {
        List<?> rows = tx.with(em -> em.createNativeQuery(sql).setParameter("s", tx.studioId())
                .setParameter("d", asOf).getResultList());
        List<Receivables.Item> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new Receivables.Item(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), date(r[2]),
                    exact((Number) r[3])));
        }
        return items;
    }

    /** @return a date column's value: a {@code LocalDate}, or the JDBC date some drivers return, or null */
    private static LocalDate date(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
    }

    /** @return a sum in minor units, refused with {@code VALIDATION} when out of the range of a long */
    private static long exact(Number sum) {
        try {
            return new BigDecimal(sum.toString()).longValueExact();
        } catch (ArithmeticException e) {
            throw new StudioException(ErrorCode.VALIDATION, "amount out of range", "cause", e.getMessage());
        }
    }
}
