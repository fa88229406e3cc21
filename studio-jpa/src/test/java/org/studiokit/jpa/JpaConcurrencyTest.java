package org.studiokit.jpa;

import org.studiokit.core.movement.Pay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/**
 * STO-3 LCK-4 on database servers: 4 threads record invoices and payments while 2 post and 1 reads reports, all on
 * one studio. Numbers come out unique and gapless, no record is in two batches, the trial balance is zero, and every
 * reconciliation read in one snapshot with nothing left to post holds.
 */
class JpaConcurrencyTest {
    private static final Actor OWNER = Actor.of("owner", Role.OWNER);
    private static final int WRITERS = 4;
    private static final int PER_WRITER = 15;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TestFactory
    @DisplayName("STO-3 LCK-4 concurrent commands, posting runs and reports on PostgreSQL and MariaDB")
    Stream<DynamicTest> concurrent_commands_runs_and_reports() {
        return Stream.of(TestDatabases.postgresql(), TestDatabases.mariadb())
                .map(t -> DynamicTest.dynamicTest(t.name(), () -> run(t)));
    }

    private static void run(Target target) throws Exception {
        StudioSettings settings = StudioSettings.defaults("USD").toBuilder()
                .postingPolicy(PostingPolicyKind.WHEN_CREATED).build();
        JpaStudio s = JpaContract.database(target).studio("conc-" + UUID.randomUUID(), settings,
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        Client jane = s.studio().clients().create(OWNER, "Jane Doe");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 3);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger fullyPostedReads = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_WRITER; i++) {
                    Document inv = s.studio().invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC,
                            jane.id(), DAY).line(Line.of("Print", 1, usd(1_000))));
                    s.studio().money().pay(OWNER, Pay.of(inv.id(), usd(400)).method("Cash").on(DAY));
                }
                return null;
            }));
        }
        List<Future<?>> others = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            others.add(pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    s.books().post(OWNER, PostingRequest.through(LocalDate.of(2026, 3, 31)));
                }
                return null;
            }));
        }
        others.add(pool.submit(() -> {
            start.await();
            while (writing.get()) {
                readReports(s, fullyPostedReads);
            }
            return null;
        }));
        start.countDown();
        for (Future<?> w : writers) {
            w.get(300, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> o : others) {
            o.get(300, TimeUnit.SECONDS);
        }
        pool.shutdown();
        s.books().post(OWNER, PostingRequest.through(LocalDate.of(2026, 3, 31)));
        check(s);
        readReports(s, fullyPostedReads);
        assertThat(fullyPostedReads.get()).isPositive();
    }

    private static void readReports(JpaStudio s, AtomicInteger fullyPosted) {
        s.store().read(() -> {
            var rec = s.books().reports().reconciliation();
            boolean allPosted = s.store().documents().all().stream().allMatch(d -> d.lock().posted())
                    && s.store().movements().all().stream().allMatch(m -> m.lock().posted());
            if (allPosted) {
                assertThat(rec.holds()).as("reconciliation on fully posted books: " + rec).isTrue();
                fullyPosted.incrementAndGet();
            }
            assertThat(s.books().reports().trialBalance(null, null).total().isZero()).isTrue();
            return null;
        });
    }

    private static void check(JpaStudio s) {
        int n = WRITERS * PER_WRITER;
        List<Document> docs = s.store().documents().all();
        assertThat(docs).extracting(Document::number).containsExactlyInAnyOrderElementsOf(
                LongStream.range(1001, 1001 + n).boxed().toList());
        List<MoneyMovement> money = s.store().movements().all();
        assertThat(money).extracting(MoneyMovement::number).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, n).boxed().toList());
        Set<Long> postedDocs = new HashSet<>();
        Set<Long> postedMoney = new HashSet<>();
        for (PostingBatch b : s.books().batches()) {
            b.documents().forEach(id -> assertThat(postedDocs.add(id)).as("document in one batch").isTrue());
            b.movements().forEach(id -> assertThat(postedMoney.add(id)).as("movement in one batch").isTrue());
        }
        assertThat(postedDocs).hasSize(n);
        assertThat(postedMoney).hasSize(n);
        assertThat(s.books().reports().trialBalance(null, null).total().isZero()).isTrue();
        assertThat(s.books().reports().reconciliation().holds()).isTrue();
    }

    private static Money usd(long minor) {
        return Money.ofMinor(minor, java.util.Currency.getInstance("USD"));
    }
}
