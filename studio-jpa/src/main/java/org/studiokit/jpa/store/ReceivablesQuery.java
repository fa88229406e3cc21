package org.studiokit.jpa.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.LongSums;
import org.studiokit.core.movement.Receivables;

/**
 * The aging's reads on the database (RPT-1): what is open as of a date, from narrow queries instead of reading and
 * decoding every record. The database filters and sums: the money of the movements on each document and into it by
 * transfer, and the applications from each deposit source, are grouped sums; the documents and deposit sources come
 * back as (id, client, date, amount) only, and the open ones are kept. The money of a movement follows DOC-8 as
 * {@code MoneyMovement.effectOn} does: payments and applications lower the balance of their document, refunds,
 * un-applies and transfers out raise it, a transfer lowers its target's. Void records (DOC-12) and estimates (DOC-8)
 * never count. Each query is fixed text with the studio id and the date bound as parameters, and reads one table
 * once (H2 materializes a {@code union} in a derived table at several times the cost of its parts). Sums are exact
 * (the database sums in decimals); one out of the range of a {@code long} is refused with {@code VALIDATION} as
 * {@code Money} refuses it.
 */
final class ReceivablesQuery {
    /** The non-void, non-estimate documents dated through {@code :d}: id, client, date, total. */
    private static final String DOCUMENTS = "select id, client_id, doc_date, total_minor from sk_document"
            + " where studio_id = :s and voided = false and doc_type <> 'ESTIMATE' and doc_date <= :d order by id";
    /** The signed money of the non-void movements dated through {@code :d} on each document. */
    private static final String MONEY = "select document_id, sum(case when kind in ('PAYMENT', 'APPLICATION')"
            + " then -amount_minor when kind in ('REFUND', 'UNAPPLY', 'TRANSFER') then amount_minor else 0 end)"
            + " from sk_movement where studio_id = :s and document_id is not null and voided = false"
            + " and movement_date <= :d group by document_id";
    /** The credit transferred into each document by non-void transfers dated through {@code :d}, negative. */
    private static final String TRANSFERRED_IN = "select target_id, -sum(amount_minor) from sk_movement"
            + " where studio_id = :s and kind = 'TRANSFER' and target_id is not null and voided = false"
            + " and movement_date <= :d group by target_id";
    /** The non-void deposits and un-applies dated through {@code :d}: id, client, date, amount. */
    private static final String SOURCES = "select id, client_id, movement_date, amount_minor from sk_movement"
            + " where studio_id = :s and kind in ('DEPOSIT', 'UNAPPLY') and voided = false and movement_date <= :d"
            + " order by id";
    /** The non-void applications dated through {@code :d} from each source, negative. */
    private static final String APPLIED = "select source_id, -sum(amount_minor) from sk_movement"
            + " where studio_id = :s and kind = 'APPLICATION' and source_id is not null and voided = false"
            + " and movement_date <= :d group by source_id";
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
        return tx.read(() -> {
            LongSums money = sums(asOf, MONEY, TRANSFERRED_IN);
            LongSums applied = sums(asOf, APPLIED);
            return new Receivables(open(DOCUMENTS, asOf, money), open(SOURCES, asOf, applied));
        });
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

    /** @return the grouped sums of the queries, (key, sum) rows, added up per key */
    private LongSums sums(LocalDate asOf, String... queries) {
        LongSums sums = new LongSums(1, 1024);
        for (String sql : queries) {
            for (Object[] r : rows(sql, asOf)) {
                sums.add(((Number) r[0]).longValue(), 0, exact((Number) r[1]));
            }
        }
        return sums;
    }

    /** @return the records of a query of (id, client, date, amount), each with its amount plus its sum, when not 0 */
    private List<Receivables.Item> open(String sql, LocalDate asOf, LongSums plus) {
        List<Receivables.Item> items = new ArrayList<>();
        for (Object[] r : rows(sql, asOf)) {
            long id = ((Number) r[0]).longValue();
            long minor = LongSums.plus(((Number) r[3]).longValue(), plus.get(id, 0));
            if (minor != 0) {
                items.add(new Receivables.Item(id, ((Number) r[1]).longValue(), date(r[2]), minor));
            }
        }
        return items;
    }

    /** @return the rows of a query of several columns */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate asOf) {
        return tx.with(em -> (List<Object[]>) em.createNativeQuery(sql).setParameter("s", tx.studioId())
                .setParameter("d", asOf).getResultList());
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
