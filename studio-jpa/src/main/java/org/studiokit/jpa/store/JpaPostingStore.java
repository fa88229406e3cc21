package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.Session;
import org.studiokit.jpa.row.BatchRow;
import org.studiokit.jpa.row.BookedRow;
import org.studiokit.jpa.row.EntryRow;
import org.studiokit.jpa.row.RowKey;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.DocumentTotals;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;

/** The posting store of one studio on a database: batches and journal (append-only) and bookings, in the studio's transactions. */
public final class JpaPostingStore implements PostingStore {
    private final Tx tx;
    private final JpaExportLog exports;

    /** @param tx the studio's transactions, shared with its core store */
    public JpaPostingStore(Tx tx) {
        this.tx = tx;
        this.exports = new JpaExportLog(tx);
    }

    @Override
    public JpaExportLog exportLog() {
        return exports;
    }

    @Override
    public List<PostingBatch> batches() {
        return tx.with(em -> {
            Map<Long, List<JournalEntry>> entries = new LinkedHashMap<>();
            em.createQuery("select e from EntryRow e left join fetch e.lines where e.studioId = :s"
                    + " order by e.batchNo, e.entryNo", EntryRow.class).setParameter("s", tx.studioId())
                    .getResultList()
                    .forEach(e -> entries.computeIfAbsent(e.batch(), k -> new ArrayList<>()).add(e.entry()));
            Map<Long, DocumentTotals> totals = totals(em, null);
            return em.createQuery("select b from BatchRow b where b.studioId = :s order by b.id", BatchRow.class)
                    .setParameter("s", tx.studioId()).getResultStream()
                    .map(b -> b.batch(entries.getOrDefault(b.number(), List.of()),
                            totals.getOrDefault(b.number(), DocumentTotals.copyOf(Map.of())))).toList();
        });
    }

    @Override
    public Optional<PostingBatch> batch(long number) {
        return tx.with(em -> {
            BatchRow row = em.find(BatchRow.class, RowKey.of(tx.studioId(), number));
            if (row == null) {
                return Optional.<PostingBatch>empty();
            }
            List<JournalEntry> entries = em.createQuery("select e from EntryRow e left join fetch e.lines"
                    + " where e.studioId = :s and e.batchNo = :b order by e.entryNo", EntryRow.class)
                    .setParameter("s", tx.studioId()).setParameter("b", number).getResultList().stream()
                    .map(EntryRow::entry).toList();
            return Optional.of(row.batch(entries, totals(em, number).getOrDefault(number,
                    DocumentTotals.copyOf(Map.of()))));
        });
    }

    /** @return batch number → its document totals rows ({@link BatchTotals#read}), of one batch or all */
    private Map<Long, DocumentTotals> totals(EntityManager em, Long batch) {
        return em.unwrap(Session.class).doReturningWork(c -> BatchTotals.read(c, tx.studioId(), batch));
    }

    @Override
    public Map<String, Long> accountTotals(LocalDate asOf, Long throughBatch) {
        return tx.with(em -> {
            var query = em.createQuery("select l.account, sum(l.amountMinor) from EntryRow e join e.lines l"
                    + " where e.studioId = :s" + (asOf != null ? " and e.entryDate <= :d" : "")
                    + (throughBatch != null ? " and e.batchNo <= :b" : "") + " group by l.account", Object[].class)
                    .setParameter("s", tx.studioId());
            if (asOf != null) {
                query.setParameter("d", asOf);
            }
            if (throughBatch != null) {
                query.setParameter("b", throughBatch);
            }
            Map<String, Long> totals = new java.util.TreeMap<>();
            for (Object[] row : query.getResultList()) {
                totals.put((String) row[0], ((Number) row[1]).longValue());
            }
            return totals;
        });
    }

    @Override
    public long batchCount() {
        return tx.with(em -> em.createQuery("select count(b) from BatchRow b where b.studioId = :s", Long.class)
                .setParameter("s", tx.studioId()).getSingleResult());
    }

    /**
     * Writes the batch row, then its entries and their lines ({@link JournalRows#entries}) and its document totals
     * ({@link BatchTotals#write}) in JDBC batches.
     */
    @Override
    public void append(PostingBatch batch) {
        tx.write(() -> {
            BatchRow row = BatchRow.of(tx.studioId(), batch);
            tx.em().persist(row);
            tx.em().flush();
            String currency = row.currency().getCurrencyCode();
            tx.em().unwrap(Session.class).doWork(c -> JournalRows.entries(c, tx.studioId(), batch.number(),
                    batch.entries(), currency));
            tx.em().unwrap(Session.class).doWork(c -> BatchTotals.write(c, tx.studioId(), batch.number(),
                    DocumentTotals.copyOf(batch.documentTotals())));
            return null;
        });
    }

    @Override
    public Booking booked(RecordRef record) {
        TxState state = tx.current();
        Booking saved = state == null ? null : state.booked().get(record);
        if (saved != null) {
            return saved.copy();
        }
        return tx.with(em -> {
            BookedRow row = em.find(BookedRow.class, BookedRow.key(tx.studioId(), record));
            return row == null ? new Booking() : row.booking();
        });
    }

    /**
     * Keeps the booking in the transaction, written with others in bulk ({@link TxState#booked()}): a posting run
     * saves one per record, and one look-up and insert each would cost a round trip per record. Inside a transaction
     * it is not a store step of its own (it touches no entity, so there is nothing to flush or clear: clearing the
     * persistence context once per record costs the size its maps ever grew to); outside one it is a transaction.
     */
    @Override
    public void saveBooked(RecordRef record, Booking booking) {
        TxState state = tx.current();
        if (state == null) {
            tx.write(() -> {
                saveBooked(record, booking);
                return null;
            });
            return;
        }
        state.booked().put(record, booking.copy());
        if (state.booked().size() >= JournalRows.BATCH) {
            state.writeBooked();
        }
    }

    @Override
    public Map<RecordRef, Booking> allBooked() {
        TxState state = tx.current();
        if (state != null) {
            state.writeBooked();
        }
        return tx.with(em -> {
            Map<RecordRef, Booking> m = new TreeMap<>();
            em.createQuery("select b from BookedRow b left join fetch b.lines where b.studioId = :s", BookedRow.class)
                    .setParameter("s", tx.studioId()).getResultList().forEach(b -> m.put(b.ref(), b.booking()));
            return m;
        });
    }
}
