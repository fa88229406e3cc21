package org.studiokit.jpa;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.testkit.Interpreter;
import org.studiokit.testkit.LedgerAssertions;
import org.studiokit.testkit.Op;
import org.studiokit.testkit.OpGen;
import org.studiokit.testkit.PostingAssertions;
import org.studiokit.testkit.PostingOps;
import org.studiokit.testkit.PropertyRunner;
import org.studiokit.testkit.StudioGen;
import org.studiokit.testkit.Trial;
import org.studiokit.testkit.Who;
import org.studiokit.testkit.World;
import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/**
 * The core and posting property tests of studio-testkit on the JPA store (fewer sequences than on memory): after
 * every step the same invariants hold, and a refused step leaves the database's content unchanged.
 */
@DisplayName("STO-1 STO-2 random sequences on H2 and PostgreSQL keep the ledger invariants after every step")
class JpaPropertyTest {
    private static final int CORE_SEQUENCES = Integer.getInteger("studiokit.dbSequences", 4);
    private static final int POSTING_SEQUENCES = Integer.getInteger("studiokit.dbSequences", 4);

    static List<Target> targets() {
        return List.of(TestDatabases.h2Memory(), TestDatabases.postgresql());
    }

    private static World world(Target target, StudioSettings settings) {
        Clock clock = Clock.fixed(World.START.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        JpaStudio s = JpaContract.database(target).studio("prop-" + UUID.randomUUID(), settings, clock);
        return PostingOps.attach(new World(s.studio(), s.store()), s.books(), s.postingStore());
    }

    @TestFactory
    @DisplayName("DOC-8 DEP-2 PAY-2 IDM-1 core sequences of 20-35 steps on each database")
    Stream<DynamicTest> core_sequences() {
        return targets().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            t.require();
            Interpreter interpreter = Interpreter.core().check(
                    (world, outcome) -> LedgerAssertions.assertThatLedger(world.studio()).totalsRepriceExactly());
            PropertyRunner.cases(CORE_SEQUENCES).forAllSequences(
                    r -> new Trial<StudioSettings, Op>(StudioGen.settings(r),
                            OpGen.core().sequence(r, 20 + r.nextInt(16))),
                    (settings, ops) -> interpreter.run(world(t, settings), ops));
        }));
    }

    /** The batches seen after the previous step, to prove batches never change. */
    static final class Seen {
        List<PostingBatch> batches = new ArrayList<>();
    }

    @TestFactory
    @DisplayName("PST-4 LCK-2 RPT-3 posting sequences of 20-35 steps on each database")
    Stream<DynamicTest> posting_sequences() {
        return targets().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            t.require();
            Interpreter interpreter = Interpreter.core().check((world, outcome) -> {
                Books books = world.extension(Books.class).orElseThrow();
                Seen seen = world.extension(Seen.class).orElseThrow();
                PostingAssertions.assertThatBooks(world).balances().matchRecords().reconcilesWhenAllPosted()
                        .keeps(seen.batches);
                seen.batches = books.batches();
            });
            OpGen gen = PostingOps.withPosting(OpGen.core());
            PropertyRunner.cases(POSTING_SEQUENCES).forAllSequences(
                    r -> new Trial<StudioSettings, Op>(StudioGen.settings(r).toBuilder()
                            .postingPolicy(PostingOps.policy(r)).build(), gen.sequence(r, 20 + r.nextInt(16))),
                    (settings, ops) -> {
                        World world = world(t, settings);
                        world.attach(Seen.class, new Seen());
                        interpreter.run(world, ops);
                        world.advance(400);
                        interpreter.step(world, new PostingOps.PostRun(Who.OWNER, 0, null));
                    });
        }));
    }
}
