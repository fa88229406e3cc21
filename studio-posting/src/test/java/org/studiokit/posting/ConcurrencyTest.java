package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;

/** LCK-4 STO-3: the facade is safe for concurrent use; runs are exclusive and numbering stays gapless. */
class ConcurrencyTest {

    @Test
    @DisplayName("LCK-4 STO-3 concurrent sales, payments and posting runs: no record posts twice, numbers are gapless")
    void concurrentCommandsAndRuns() throws Exception {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    Document inv = f.invoice(jane, "2026-03-02", "Print", "10.00");
                    f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-03-02")));
                }
                return null;
            }));
        }
        work.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 100; i++) {
                f.books.post(OWNER, PostingRequest.through(d("2026-03-31")));
                f.books.reports().trialBalance(null, null);
            }
            return null;
        }));
        start.countDown();
        for (Future<?> w : work) {
            w.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        f.books.post(OWNER, PostingRequest.through(d("2026-03-31")));

        List<Document> docs = f.store.documents().all();
        assertThat(docs).extracting(Document::number).doesNotHaveDuplicates().hasSize(600)
                .allSatisfy(n -> assertThat(n).isBetween(1001L, 1600L));
        List<MoneyMovement> money = f.store.movements().all();
        assertThat(money).extracting(MoneyMovement::number).doesNotHaveDuplicates().hasSize(600)
                .allSatisfy(n -> assertThat(n).isBetween(1L, 600L));
        Set<Long> postedDocs = new HashSet<>();
        Set<Long> postedMoney = new HashSet<>();
        for (PostingBatch b : f.books.batches()) {
            for (long id : b.documents()) {
                assertThat(postedDocs.add(id)).as("document posted once").isTrue();
            }
            for (long id : b.movements()) {
                assertThat(postedMoney.add(id)).as("movement posted once").isTrue();
            }
        }
        assertThat(postedDocs).hasSize(600);
        assertThat(postedMoney).hasSize(600);
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "0.00")
                .containsEntry("Undeposited Funds", "6000.00");
    }
}
