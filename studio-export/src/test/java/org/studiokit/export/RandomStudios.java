package org.studiokit.export;

import java.util.List;
import java.util.function.Consumer;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.testkit.Interpreter;
import org.studiokit.testkit.Op;
import org.studiokit.testkit.OpGen;
import org.studiokit.testkit.PostingOps;
import org.studiokit.testkit.PropertyRunner;
import org.studiokit.testkit.StudioGen;
import org.studiokit.testkit.Trial;
import org.studiokit.testkit.Who;
import org.studiokit.testkit.World;

/** Random posted studios from the testkit's generators: random settings and policy, 40-70 random steps, then all posted. */
public final class RandomStudios {
    private RandomStudios() {
    }

    /** Runs a property over {@code count} random posted studios' books (seeded; the runner prints the seed on failure). */
    public static void forAll(int count, Consumer<Books> property) {
        OpGen gen = PostingOps.withPosting(OpGen.core());
        Interpreter interpreter = Interpreter.core();
        PropertyRunner.cases(count).forAllSequences(
                r -> new Trial<StudioSettings, Op>(StudioGen.settings(r).toBuilder()
                        .postingPolicy(PostingOps.policy(r)).build(), gen.sequence(r, 40 + r.nextInt(31))),
                (settings, ops) -> {
                    World world = PostingOps.attach(World.of(settings));
                    interpreter.run(world, ops);
                    world.advance(400);
                    interpreter.step(world, new PostingOps.PostRun(Who.OWNER, 0, null));
                    Books books = world.extension(Books.class).orElseThrow();
                    if (!books.batches().isEmpty()) {
                        property.accept(books);
                    }
                });
    }

    /** @return the numbers of every batch */
    public static List<Long> all(Books books) {
        return books.batches().stream().map(b -> b.number()).toList();
    }
}
