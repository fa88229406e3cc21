package org.studiokit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.studiokit.posting.journal.JournalReader;
import org.studiokit.posting.journal.PostingStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.store.IdempotentResult;
import org.studiokit.core.store.Sequence;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;

/**
 * STO-2: the contract every store implementation meets (vendors can run it on theirs). Extend it and return a fresh,
 * empty studio's stores from {@link #open}. Beyond the records of {@link RecordContract} and the finders of
 * {@link FinderContract} and the aging's reads of {@link ReceivablesContract}: a transaction that throws
 * leaves nothing behind in either store, numbers stay unique and gapless under concurrent transactions (STO-3), and
 * the posting store keeps batches and bookings exactly.
 */
public abstract class StoreContract extends FinderContract {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 25;

    @Test
    @DisplayName("STO-2 a transaction that throws leaves nothing behind, in the core and the posting store")
    void a_refused_transaction_changes_nothing() {
        write(() -> core().clients().save(SampleRecords.client(1, 1, "kept")));
        long before = core().peekNumber(Sequence.DOCUMENT);
        var settingsBefore = core().settings();
        assertThatThrownBy(() -> core().transaction(() -> {
            core().nextNumber(Sequence.DOCUMENT);
            core().clients().save(SampleRecords.client(1, 1, "changed"));
            core().clients().save(SampleRecords.client(2, 2, "new"));
            core().documents().save(SampleRecords.document(3, 1001, 1, null, "doc"));
            core().saveLockDate(LocalDate.of(2026, 1, 31));
            core().saveSettings(settingsBefore.toBuilder().allowOverpayment(true).build());
            core().appendAudit(SampleRecords.audit(1, "x"));
            core().saveIdempotent("k", new IdempotentResult("pay", "fp", null));
            stores.posting().append(SampleRecords.batch(1, 3, 4));
            stores.posting().saveBooked(RecordRef.document(3), new Booking().add("AR", 1, 100));
            throw new StudioException(ErrorCode.VALIDATION, "refused");
        })).isInstanceOf(StudioException.class);
        assertThat(core().clients().all()).containsExactly(SampleRecords.client(1, 1, "kept"));
        assertThat(core().documents().size()).isZero();
        assertThat(core().peekNumber(Sequence.DOCUMENT)).isEqualTo(before);
        assertThat(core().lockDate()).isNull();
        assertThat(core().settings()).isEqualTo(settingsBefore);
        assertThat(core().audit()).isEmpty();
        assertThat(core().idempotent("k")).isEmpty();
        assertThat(stores.posting().batches()).isEmpty();
        assertThat(stores.posting().allBooked()).isEmpty();
    }

    @Test
    @DisplayName("STO-3 numbers taken by concurrent transactions are unique and gapless, refused ones given back")
    void concurrent_numbering_is_gapless() throws Exception {
        long first = core().peekNumber(Sequence.DOCUMENT);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    boolean refuse = (i + thread) % 5 == 0;
                    try {
                        taken.add(core().transaction(() -> take(refuse)));
                    } catch (StudioException expected) {
                        // the refused transaction gives its number back
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<Long> sorted = taken.stream().sorted().toList();
        assertThat(sorted).hasSize(THREADS * PER_THREAD - THREADS * PER_THREAD / 5);
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(sorted.get(i)).isEqualTo(first + i);
        }
        assertThat(core().documents().size()).isEqualTo(sorted.size());
    }

    private long take(boolean refuse) {
        long number = core().nextNumber(Sequence.DOCUMENT);
        core().documents().save(SampleRecords.document(number, number, 1, null, "n" + number));
        if (refuse) {
            throw new StudioException(ErrorCode.VALIDATION, "refused");
        }
        return number;
    }

    @Test
    @DisplayName("STO-2 batches and their journal read back equal, oldest first, all or one by number, and counted")
    void batches_round_trip() {
        assertThat(stores.posting().batchCount()).isZero();
        assertThat(stores.posting().batch(1)).isEmpty();
        PostingBatch one = SampleRecords.batch(1, 10, 11);
        PostingBatch two = SampleRecords.batch(2, 12, 13);
        write(() -> stores.posting().append(one));
        write(() -> stores.posting().append(two));
        assertThat(stores.posting().batches()).containsExactly(one, two);
        assertThat(stores.posting().batch(2)).contains(two);
        assertThat(stores.posting().batch(1)).contains(one);
        assertThat(stores.posting().batch(3)).isEmpty();
        assertThat(stores.posting().batch(0)).isEmpty();
        assertThat(stores.posting().batchCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("STO-2 RPT-6 the journal's sums per account, by entry date and batch, equal those of reading every batch")
    void account_totals_match_the_journal() {
        write(() -> stores.posting().append(SampleRecords.batch(1, 10, 11)));
        write(() -> stores.posting().append(SampleRecords.batch(2, 12, 13)));
        PostingStore store = stores.posting();
        JournalReader scan = store::batches;
        LocalDate second = LocalDate.of(2026, 3, 2);
        assertThat(store.accountTotals(null, null)).isEqualTo(scan.accountTotals(null, null))
                .containsEntry("Accounts Receivable", 2 * (1_570L - 500)).containsEntry("Print Sales", -2_980L);
        assertThat(store.accountTotals(second, null)).isEqualTo(scan.accountTotals(second, null))
                .doesNotContainKey("Undeposited Funds").containsEntry("Accounts Receivable", 3_140L);
        assertThat(store.accountTotals(null, 1L)).isEqualTo(scan.accountTotals(null, 1L))
                .containsEntry("Accounts Receivable", 1_070L);
        assertThat(store.accountTotals(LocalDate.of(2026, 3, 1), null)).isEmpty();
    }

    @Test
    @DisplayName("STO-2 what a record booked reads back in order; replacing it keeps one booking per record")
    void bookings_round_trip() {
        Booking doc = new Booking().add("Accounts Receivable", 1, 1_570).add("Print Sales", 0, -1_490)
                .add("Sales Tax Payable", 0, -80);
        Booking pay = new Booking().add("Undeposited Funds", 0, 500).add("Accounts Receivable", 1, -500);
        write(() -> {
            stores.posting().saveBooked(RecordRef.document(10), doc);
            stores.posting().saveBooked(RecordRef.movement(10), pay);
        });
        assertThat(stores.posting().booked(RecordRef.document(10))).isEqualTo(doc);
        assertThat(List.copyOf(stores.posting().booked(RecordRef.document(10)).amounts().keySet()))
                .isEqualTo(List.copyOf(doc.amounts().keySet()));
        assertThat(stores.posting().booked(RecordRef.document(11)).isZero()).isTrue();
        Booking changed = doc.copy().add("Print Sales", 0, 100).add("Discounts", 0, -100);
        write(() -> stores.posting().saveBooked(RecordRef.document(10), changed));
        assertThat(stores.posting().allBooked()).containsOnlyKeys(RecordRef.document(10), RecordRef.movement(10));
        assertThat(stores.posting().allBooked().get(RecordRef.document(10))).isEqualTo(changed);
    }
}
