package org.studiokit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/**
 * STO-3 crash safety: a child JVM recording and posting large runs is killed with SIGKILL at random moments; after
 * each kill the books on disk are whole: every batch balances and lists exactly the records that carry its number,
 * no record is half posted, the trial balance is zero and the audit chain verifies. Ten kills per database by
 * default (twenty in all; {@code -Dstudiokit.crashKills=N} for more).
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("studiokit.crashKills", 10);

    @TestFactory
    @DisplayName("STO-3 LCK-4 AUD-1 SIGKILL during posting runs leaves whole batches and a verifying audit chain")
    Stream<DynamicTest> killed_runs_leave_whole_books() {
        return Stream.of(TestDatabases.h2File(), TestDatabases.postgresql())
                .map(t -> DynamicTest.dynamicTest(t.name(), () -> killRepeatedly(t)));
    }

    private static void killRepeatedly(Target target) throws Exception {
        target.require();
        String studio = "crash-" + UUID.randomUUID();
        Random random = new Random(20261202L);
        for (int k = 0; k < KILLS; k++) {
            File errors = File.createTempFile("crash-child", ".err");
            errors.deleteOnExit();
            Process child = start(target.url(), studio, errors);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("child %d started; its stderr:%n%s", k, tail(errors)).isEqualTo("READY");
            Thread.sleep(200 + random.nextInt(2_500));
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            check(target, studio);
        }
    }

    private static Process start(String url, String studio, File errors) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), url, studio).redirectError(errors).start();
    }

    private static String tail(File file) throws java.io.IOException {
        String text = java.nio.file.Files.readString(file.toPath(), StandardCharsets.UTF_8);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static void check(Target target, String studio) {
        StudioDatabase db = target.server() ? JpaContract.database(target) : StudioDatabase.open(target.url());
        try {
            JpaStudio s = db.studio(studio, StudioSettings.defaults("USD"), Clock.systemUTC());
            Set<Long> inBatches = new HashSet<>();
            Set<Long> moneyInBatches = new HashSet<>();
            for (PostingBatch b : s.books().batches()) {
                long sum = 0;
                for (JournalEntry e : b.entries()) {
                    sum += e.lines().stream().mapToLong(l -> l.amount().minor()).sum();
                }
                assertThat(sum).as("batch %d balances", b.number()).isZero();
                assertThat(b.debits()).isEqualTo(b.credits());
                b.documents().forEach(id -> assertThat(inBatches.add(id)).isTrue());
                b.movements().forEach(id -> assertThat(moneyInBatches.add(id)).isTrue());
            }
            List<Document> docs = s.store().documents().all();
            for (Document d : docs) {
                assertThat(d.lock().posted()).as("document %d posted iff in a batch", d.number())
                        .isEqualTo(inBatches.contains(d.id()));
            }
            for (MoneyMovement m : s.store().movements().all()) {
                assertThat(m.lock().posted()).as("movement %d posted iff in a batch", m.number())
                        .isEqualTo(moneyInBatches.contains(m.id()));
            }
            assertThat(s.books().reports().trialBalance(null, null).total().isZero()).isTrue();
            assertThat(s.studio().audit().verify().valid()).as("audit chain verifies").isTrue();
        } finally {
            if (!target.server()) {
                db.close();
            }
        }
    }
}
