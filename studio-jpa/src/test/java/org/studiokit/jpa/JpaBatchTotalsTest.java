package org.studiokit.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.jpa.row.BatchRow;
import org.studiokit.jpa.row.Json;
import org.studiokit.posting.journal.PostingBatch;

/**
 * A batch's document totals are rows of their own (one per document, in the batch's order), not part of the batch
 * row's one JSON value, which grew with the batch: read back they are exactly what was appended, a refused
 * transaction leaves none (STO-3), and a batch written before they had rows still reads its totals from its detail.
 */
@DisplayName("STO-3 a batch's document totals on the JPA store")
class JpaBatchTotalsTest {
    /** More than one JDBC batch of rows. */
    private static final int DOCUMENTS = 2_300;
    private static final Currency USD = Currency.getInstance("USD");
    private static StudioDatabase db;
    private static int n;

    @BeforeAll
    static void open() {
        db = StudioDatabase.open("jdbc:h2:mem:batchtotals");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Totals totals(long minor) {
        Money m = Money.ofMinor(minor, USD);
        Totals zero = Totals.zero(Money.zero(USD));
        return new Totals(m, zero.discount(), zero.shipping(), zero.tax(), m, Map.of(), Map.of(), List.of(),
                List.of(), zero.shippingNet());
    }

    /** A batch of many documents, their ids not in order, so reading back must keep the batch's order. */
    private static PostingBatch batch(long number) {
        Map<Long, Totals> totals = new LinkedHashMap<>();
        List<Long> documents = new ArrayList<>();
        for (long i = 0; i < DOCUMENTS; i++) {
            long id = (i * 7919) % 10_007 + 1;
            documents.add(id);
            totals.put(id, totals(id * 100 + number));
        }
        Money zero = Money.zero(USD);
        return new PostingBatch(number, LocalDate.of(2027, 1, 31), Set.of(), Instant.parse("2027-02-01T00:00:00Z"),
                "owner", documents, List.of(), List.of(), List.of(), zero, zero, totals);
    }

    private static long count(String sql, String studio) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            return ((Number) em.createNativeQuery(sql).setParameter(1, studio).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("STO-3 document totals are one row each, read back equal and in order; the batch row stays small")
    void sto3_totalsAreRowsReadBackInOrder() {
        String studio = "t" + (++n);
        JpaStores s = db.stores(studio, StudioSettings.defaults("USD"));
        PostingBatch one = batch(1);
        PostingBatch two = batch(2);
        s.core().transaction(() -> {
            s.posting().append(one);
            s.posting().append(two);
            return null;
        });
        assertEquals(2L * DOCUMENTS, count("select count(*) from sk_batch_totals where studio_id = ?1", studio));
        assertEquals(0L, count("select count(*) from sk_batch where studio_id = ?1 and detail like '%subtotal%'",
                studio));
        assertEquals(List.of(one, two), s.posting().batches());
        PostingBatch read = s.posting().batch(2).orElseThrow();
        assertEquals(two, read);
        assertEquals(new ArrayList<>(two.documentTotals().keySet()), new ArrayList<>(read.documentTotals().keySet()));
    }

    @Test
    @DisplayName("STO-3 a refused transaction leaves no batch and none of its document totals")
    void sto3_refusedTransactionLeavesNoTotals() {
        String studio = "t" + (++n);
        JpaStores s = db.stores(studio, StudioSettings.defaults("USD"));
        assertThrows(IllegalStateException.class, () -> s.core().transaction(() -> {
            s.posting().append(batch(1));
            throw new IllegalStateException("refused");
        }));
        assertEquals(0L, count("select count(*) from sk_batch_totals where studio_id = ?1", studio));
        assertTrue(s.posting().batches().isEmpty());
    }

    @Test
    @DisplayName("STO-3 a batch written before its totals had rows reads them from its detail")
    void sto3_olderBatchReadsTotalsFromItsDetail() {
        String studio = "t" + (++n);
        JpaStores s = db.stores(studio, StudioSettings.defaults("USD"));
        PostingBatch old = batch(1);
        s.core().transaction(() -> {
            s.posting().append(old);
            return null;
        });
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("delete from sk_batch_totals where studio_id = ?1").setParameter(1, studio)
                    .executeUpdate();
            em.createNativeQuery("update sk_batch set detail = ?1 where studio_id = ?2").setParameter(1,
                    Json.write(new BatchRow.Detail(old.methods(), old.documents(), old.movements(), old.adjusted(),
                            old.documentTotals()))).setParameter(2, studio).executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        assertEquals(List.of(old), s.posting().batches());
        assertFalse(s.posting().batch(1).orElseThrow().documentTotals().isEmpty());
        assertEquals(old, s.posting().batch(1).orElseThrow());
    }
}
