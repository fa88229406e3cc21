package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingBatch;

/**
 * The posting property: random sequences of core commands, posting runs (filtered or not), unlocks, edits, voids
 * and period closes keep every ledger invariant after every step, under every posting policy.
 */
@DisplayName("PST-1..4 LCK-1..4 RPT-2 RPT-3 random sequences with posting keep the ledger equal to the records")
class PostingLedgerPropertyTest {
    private static final int SEQUENCES = 1_000;
    private static final int MIN_STEPS = 50;

    /** The batches seen after the previous step, to prove batches never change. */
    static final class Seen {
        List<PostingBatch> batches = new ArrayList<>();
    }

    private final Map<String, LongAdder> tally = new ConcurrentHashMap<>();

    private void count(String key) {
        tally.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Test
    @DisplayName("PST-4 LCK-2 RPT-3 1,000 sequences of 50-80 steps: entries balance, GL = records, identities hold, batches never change")
    void random_sequences_keep_the_books_equal_to_the_records() {
        Interpreter interpreter = Interpreter.core()
                .check((world, outcome) -> {
                    Books books = world.extension(Books.class).orElseThrow();
                    Seen seen = world.extension(Seen.class).orElseThrow();
                    PostingAssertions.assertThatBooks(world).balances().matchRecords().reconcilesWhenAllPosted()
                            .keeps(seen.batches);
                    seen.batches = books.batches();
                    String op = outcome.op().getClass().getSimpleName();
                    count(op + (outcome.accepted() ? " accepted" : " refused"));
                    if (outcome instanceof Outcome.Refused refused) {
                        count("code " + refused.code());
                    }
                });
        OpGen gen = PostingOps.withPosting(OpGen.core());
        long start = System.nanoTime();
        PropertyRunner runner = PropertyRunner.cases(SEQUENCES);
        runner.forAllSequences(
                r -> new Trial<StudioSettings, Op>(StudioGen.settings(r).toBuilder()
                        .postingPolicy(PostingOps.policy(r)).build(), gen.sequence(r, MIN_STEPS + r.nextInt(31))),
                (settings, ops) -> {
                    World world = PostingOps.attach(World.of(settings));
                    world.attach(Seen.class, new Seen());
                    interpreter.run(world, ops);
                    // finally post everything and check the identities with nothing left over
                    Books books = world.extension(Books.class).orElseThrow();
                    world.advance(400);
                    interpreter.step(world, new PostingOps.PostRun(Who.OWNER, 0, null));
                });
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> counts = new TreeMap<>();
        tally.forEach((k, v) -> counts.put(k, v.sum()));
        System.out.println("posting property: " + runner.cases() + " sequences (base seed " + runner.baseSeed()
                + ") in " + millis + " ms");
        counts.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        if (runner.cases() < SEQUENCES) {
            return;
        }
        for (String op : List.of("PostRun", "Unlock", "ClosePeriod", "EditDocument", "EditMovement", "VoidDocument",
                "VoidMovement")) {
            assertThat(counts.getOrDefault(op + " accepted", 0L)).as(op + " is sometimes accepted").isPositive();
        }
        for (String code : List.of("LOCKED", "PERIOD_CLOSED", "UNPOSTED_RECORDS", "NO_CHANGE")) {
            assertThat(counts.getOrDefault("code " + code, 0L)).as(code + " is sometimes the answer").isPositive();
        }
    }
}
