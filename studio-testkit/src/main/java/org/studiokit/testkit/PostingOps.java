package org.studiokit.testkit;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.store.InMemoryPostingStore;
import org.studiokit.testkit.store.StoreSnapshot;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.journal.RecordRef;

/**
 * Operations of studio-posting (posting runs, unlocks, period closes) for operation sequences. They find the
 * studio's {@link Books} through {@link World#extension(Class)}; {@link #attach(World)} puts it there and makes the
 * posting store part of the world's snapshot, so a refused run must leave batches and journal unchanged too.
 */
public final class PostingOps {
    private PostingOps() {
    }

    /** Attaches in-memory books to a world on an in-memory store and returns the world. */
    public static World attach(World world) {
        if (!(world.store() instanceof InMemoryStore memory)) {
            throw new IllegalArgumentException("the world is not on the in-memory store");
        }
        InMemoryPostingStore postings = new InMemoryPostingStore(memory.undoLog());
        return attach(world, new Books(world.studio(), postings), postings);
    }

    /**
     * Attaches a studio's books on any store to a world (snapshots read through the ports) and returns the world.
     *
     * @param postings the books' posting store, which the caller built
     */
    public static World attach(World world, Books books, PostingStore postings) {
        world.attach(Books.class, books);
        world.attach(PostingStore.class, postings);
        world.addSnapshot("posting", () -> StoreSnapshot.posting(postings));
        return world;
    }

    /** @return the core generator plus posting runs, unlocks and period closes */
    public static OpGen withPosting(OpGen base) {
        return base.with(6, r -> new PostRun(OpGen.who(r), r.nextInt(4) == 0 ? r.nextInt(20) : 0,
                        r.nextInt(4) == 0 ? OpGen.method(r) : null))
                .with(4, r -> new Unlock(OpGen.who(r), r.nextBoolean(), OpGen.pick(r), r.nextInt(15) != 0))
                .with(1, r -> new ClosePeriod(OpGen.who(r), 1 + r.nextInt(30)));
    }

    static Books books(World w) {
        return w.extension(Books.class).orElseThrow(() -> new IllegalStateException("no books attached"));
    }

    /**
     * PST-1: a posting run through today less some days, all methods or one method's bank deposit.
     *
     * @param who      who runs it
     * @param daysBack how far before today the cut-off is
     * @param method   a payment-method filter, or null for all
     */
    public record PostRun(Who who, int daysBack, String method) implements Op {
        @Override
        public Object apply(World w) {
            Set<String> methods = method == null ? Set.of() : Set.of(method);
            return books(w).post(who.actor(), new PostingRequest(w.date(daysBack), methods)).orElse(null);
        }
    }

    /**
     * LCK-1: unlocks a posted document or money movement (with or without a reason).
     *
     * @param who      who unlocks
     * @param document a document (true) or a money movement (false)
     * @param pick     which posted record
     * @param reason   whether a reason is given
     */
    public record Unlock(Who who, boolean document, int pick, boolean reason) implements Op {
        @Override
        public Object apply(World w) {
            RecordRef ref;
            if (document) {
                List<Document> posted = w.documents(d -> d.lock().posted());
                ref = RecordRef.document(World.pick(posted, pick).map(Document::id).orElse(World.UNKNOWN_ID));
            } else {
                List<MoneyMovement> posted = w.movements(m -> m.lock().posted());
                ref = RecordRef.movement(World.pick(posted, pick).map(MoneyMovement::id).orElse(World.UNKNOWN_ID));
            }
            return books(w).unlock(who.actor(), ref, reason ? "correction" : " ");
        }
    }

    /**
     * LCK-3: closes the period through today less some days.
     *
     * @param who      who closes
     * @param daysBack how far before today
     */
    public record ClosePeriod(Who who, int daysBack) implements Op {
        @Override
        public Object apply(World w) {
            return books(w).closePeriod(who.actor(), w.date(daysBack));
        }
    }

    /** @return a random posting policy for generated studios */
    public static org.studiokit.core.settings.PostingPolicyKind policy(RandomGenerator r) {
        var all = org.studiokit.core.settings.PostingPolicyKind.values();
        return all[r.nextInt(all.length)];
    }
}
