package org.studiokit.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.IdSource;
import org.studiokit.core.LockState;
import org.studiokit.core.PostingSeat;
import org.studiokit.core.RecordKey;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.export.CheckedExportLog;
import org.studiokit.posting.journal.JournalReader;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.HostPostingPredicate;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.records.StudioRecords;
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.run.GlMapping;
import org.studiokit.posting.run.Ledger;
import org.studiokit.posting.run.PostingPlan;
import org.studiokit.posting.run.PostingPlanner;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PostingRun;
import org.studiokit.posting.run.PreviewItem;
import org.studiokit.posting.store.InMemoryPostingStore;

/**
 * The posting side of a studio (SPEC §7): posting runs and previews (PST-1..4), unlock (LCK-1, LCK-2), period close
 * (LCK-3) and reports (§8). Runs are exclusive and atomic (LCK-4): one transaction of the studio store. Immutable:
 * {@link #withHostPredicate} returns new books. Nothing it hands out calls back into it.
 */
public final class Books {
    private static final HostPostingPredicate NOT_AFTER_CUT_OFF = (doc, cutOff, bal) -> !doc.date().isAfter(cutOff);

    private final Studio studio;
    private final Ledger ledger;
    private final HostPostingPredicate hostPredicate;
    private final PostingSeat seat;

    /**
     * Books on a posting store the caller built (a database's, or an in-memory one joined to the studio's store).
     * Nothing hands the store out again: the books read it and write it only through their checked commands. The
     * books claim the studio's {@link PostingSeat}, so build them once, right after the studio: the only marks of
     * records as posted are then this journal's runs, and every period close of the studio, through these books or
     * through {@code studio.locks()}, asks this posting policy what is still open (LCK-3).
     *
     * @param studio the studio
     * @param store  the posting store (joined to the studio store's transactions)
     * @throws IllegalStateException when the studio already has books
     */
    public Books(Studio studio, PostingStore store) {
        this.studio = studio;
        this.ledger = new Ledger(new StudioRecords(studio), store, new GlMapping(studio.records()));
        this.hostPredicate = NOT_AFTER_CUT_OFF;
        Ledger claimant = ledger;
        this.seat = PostingSeat.claim(studio, through -> openThrough(claimant, policy(studio, NOT_AFTER_CUT_OFF),
                through));
    }

    private Books(Books books, HostPostingPredicate hostPredicate) {
        this.studio = books.studio;
        this.ledger = books.ledger;
        this.hostPredicate = hostPredicate;
        this.seat = books.seat;
    }

    /**
     * @return the books of a new in-memory studio (its facade is {@link #studio()}), on an in-memory posting store
     *         joined to the studio store's transactions
     */
    public static Books inMemory(StudioSettings settings, Clock clock, IdSource ids) {
        InMemoryStore store = new InMemoryStore(settings);
        return new Books(Studio.of(store, clock, ids), new InMemoryPostingStore(store.undoLog()));
    }

    /** @return books on the same studio and store whose {@code CUSTOM} policy asks this host predicate (PST-2) */
    public Books withHostPredicate(HostPostingPredicate predicate) {
        return new Books(this, java.util.Objects.requireNonNull(predicate, "predicate"));
    }

    /** @return the studio */
    public Studio studio() {
        return studio;
    }

    /** @return the journal, read only */
    public JournalReader journal() {
        JournalReader store = ledger.store();
        return new JournalReader() {
            @Override
            public List<PostingBatch> batches() {
                return store.batches();
            }

            @Override
            public Optional<PostingBatch> batch(long number) {
                return store.batch(number);
            }

            @Override
            public long batchCount() {
                return store.batchCount();
            }

            @Override
            public java.util.Map<String, Long> accountTotals(LocalDate asOf, Long throughBatch) {
                return store.accountTotals(asOf, throughBatch);
            }
        };
    }

    /** @return the studio's export log (EXP-4): read freely, written only by an actor holding the permission */
    public CheckedExportLog exportLog() {
        return new CheckedExportLog(studio, ledger.store().exportLog());
    }

    /** @return the GL mapping */
    public GlMapping mapping() {
        return ledger.gl();
    }

    /** @return the reports over this studio's records and journal */
    public Reports reports() {
        return new Reports(ledger.records(), ledger.store(), this::policy);
    }

    /** @return every batch, oldest first */
    public List<PostingBatch> batches() {
        return ledger.store().batches();
    }

    /** @return the batch with a number */
    public PostingBatch batch(long number) {
        return ledger.store().batch(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no batch " + number, "batch", number));
    }

    /** @return ids of documents posted so far */
    public Set<Long> postedDocuments() {
        return ledger.records().postedDocuments();
    }

    /** @return the studio's posting policy as its settings say now (PST-2) */
    public PostingPolicy policy() {
        return policy(studio, hostPredicate);
    }

    private static PostingPolicy policy(Studio studio, HostPostingPredicate predicate) {
        return PostingPolicy.of(studio.settings().postingPolicy(), predicate);
    }

    /** LCK-3: what a run through a date would post or adjust under a policy, as labels. */
    private static List<String> openThrough(Ledger ledger, PostingPolicy policy, LocalDate through) {
        return new PostingPlanner(ledger.records(), policy).plan(PostingRequest.through(through))
                .openThrough(through, ledger.records());
    }

    /**
     * Runs a posting (PST-1): books adjustments of unlocked records, then eligible documents, then eligible money
     * movements, as one immutable batch. A run with nothing to post makes no batch.
     *
     * @return the batch, or empty when there was nothing to post
     */
    public Optional<PostingBatch> post(Actor actor, PostingRequest request) {
        return studio.transaction(() -> {
            actor.require(Permission.POST);
            for (String method : request.methods()) {
                studio.settings().paymentMethod(method);
            }
            StudioContext.requireOpen(studio.records().lockDate(), request.through());
            PostingBatch batch = book(actor, request);
            if (batch == null) {
                return Optional.empty();
            }
            ledger.store().append(batch);
            seat.post(actor, batch.number(), request.through(), posted(batch),
                    "through " + request.through() + ": " + batch.documents().size() + " documents, "
                            + batch.movements().size() + " movements, " + batch.adjusted().size() + " adjusted");
            return Optional.of(batch);
        });
    }

    /**
     * Plans and books a run (in the caller's transaction); the plan and the run's working state are garbage once it
     * returns, before the records are marked posted.
     *
     * @return the batch, or null when there is nothing to post
     */
    private PostingBatch book(Actor actor, PostingRequest request) {
        PostingPolicy policy = policy();
        PostingPlanner planner = new PostingPlanner(ledger.records(), policy);
        PostingPlan plan = planner.plan(request);
        return plan.isEmpty() ? null
                : new PostingRun(ledger, policy, planner, plan, request).book(actor.name(), studio.clock().instant());
    }

    /** @return what a run would post and why each other record is not eligible (PST-1), read as one snapshot */
    public List<PreviewItem> preview(PostingRequest request) {
        return ledger.records().snapshot(
                () -> new PostingPlanner(ledger.records(), policy()).preview(request).preview(ledger.records()));
    }

    /**
     * LCK-1: unlocks a posted record (needs {@code UNLOCK} and a reason; audited). The next run books its adjustment.
     * Unlocking a void record, one not posted or one already unlocked is {@code NO_CHANGE} (DOC-12, LCK-2).
     */
    public LockState unlock(Actor actor, RecordRef record, String reason) {
        return studio.locks().unlock(actor, record.key(), reason);
    }

    /**
     * LCK-3: closes the period through a date (needs {@code CLOSE_PERIOD}). Refused with {@code UNPOSTED_RECORDS}
     * while records dated on or before it are eligible but unposted, or unlocked.
     */
    public LocalDate closePeriod(Actor actor, LocalDate through) {
        PostingPolicy policy = policy();
        return seat.closePeriod(actor, through, date -> openThrough(ledger, policy, date));
    }

    /** @return the records a batch marks posted: adjusted ones, documents, money movements */
    private static List<RecordKey> posted(PostingBatch batch) {
        List<RecordKey> keys = new ArrayList<>();
        batch.adjusted().forEach(ref -> keys.add(ref.key()));
        batch.documents().forEach(id -> keys.add(RecordKey.document(id)));
        batch.movements().forEach(id -> keys.add(RecordKey.movement(id)));
        return keys;
    }
}
