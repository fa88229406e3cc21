package org.studiokit.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioContext;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.HostPostingPredicate;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.run.GlMapping;
import org.studiokit.posting.run.Ledger;
import org.studiokit.posting.run.PostingPlan;
import org.studiokit.posting.run.PostingPlanner;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PostingRun;
import org.studiokit.posting.run.PreviewItem;
import org.studiokit.posting.records.StudioRecords;
import org.studiokit.posting.store.InMemoryPostingStore;

/**
 * The posting side of a studio (SPEC §7): posting runs and previews (PST-1..4), unlock (LCK-1, LCK-2), period close
 * (LCK-3) and reports (§8). Runs are exclusive and atomic (LCK-4): one transaction of the studio store. Immutable:
 * {@link #withHostPredicate} returns new books. Nothing it hands out calls back into it.
 */
public final class Books {
    private static final HostPostingPredicate NOT_AFTER_CUT_OFF = (doc, cutOff, bal) -> !doc.date().isAfter(cutOff);

    private final Studio studio;
    private final StudioContext ctx;
    private final Ledger ledger;
    private final HostPostingPredicate hostPredicate;

    /**
     * @param studio the studio
     * @param store  the posting store (joined to the studio store's transactions)
     */
    public Books(Studio studio, PostingStore store) {
        this(studio, store, NOT_AFTER_CUT_OFF);
    }

    private Books(Studio studio, PostingStore store, HostPostingPredicate hostPredicate) {
        this.studio = studio;
        this.ctx = studio.context();
        StudioRecords records = new StudioRecords(ctx.store(), studio.balances(), ctx.clock());
        this.ledger = new Ledger(records, store, new GlMapping(ctx.store()));
        this.hostPredicate = hostPredicate;
    }

    /** @return the books of an in-memory studio, on an in-memory posting store */
    public static Books inMemory(Studio studio) {
        if (!(studio.store() instanceof InMemoryStore mem)) {
            throw new IllegalArgumentException("the studio is not on the in-memory store");
        }
        return new Books(studio, new InMemoryPostingStore(mem.undoLog()));
    }

    /** @return books on the same studio and store whose {@code CUSTOM} policy asks this host predicate (PST-2) */
    public Books withHostPredicate(HostPostingPredicate predicate) {
        return new Books(studio, ledger.store(), java.util.Objects.requireNonNull(predicate, "predicate"));
    }

    /** @return the studio */
    public Studio studio() {
        return studio;
    }

    /** @return the posting store */
    public PostingStore store() {
        return ledger.store();
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
        return PostingPolicy.of(ctx.store().settings().postingPolicy(), hostPredicate);
    }

    /**
     * Runs a posting (PST-1): books adjustments of unlocked records, then eligible documents, then eligible money
     * movements, as one immutable batch. A run with nothing to post makes no batch.
     *
     * @return the batch, or empty when there was nothing to post
     */
    public Optional<PostingBatch> post(Actor actor, PostingRequest request) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.POST);
            for (String method : request.methods()) {
                ctx.store().settings().paymentMethod(method);
            }
            ctx.requireOpen(request.through());
            PostingPolicy policy = policy();
            PostingPlan plan = new PostingPlanner(ledger.records(), policy).plan(request);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            PostingBatch batch = new PostingRun(ledger, policy, plan, request).book(actor.name(),
                    ctx.clock().instant());
            ledger.store().append(batch);
            ctx.audit().record(actor.name(), "POST", "batch " + batch.number(), "",
                    "through " + request.through() + ": " + batch.documents().size() + " documents, "
                            + batch.movements().size() + " movements, " + batch.adjusted().size() + " adjusted");
            return Optional.of(batch);
        });
    }

    /** @return what a run would post and why each other record is not eligible (PST-1), read as one snapshot */
    public List<PreviewItem> preview(PostingRequest request) {
        return ledger.records().snapshot(
                () -> new PostingPlanner(ledger.records(), policy()).plan(request).preview(ledger.records()));
    }

    /**
     * LCK-1: unlocks a posted record (needs {@code UNLOCK} and a reason; audited). The next run books its adjustment.
     * Unlocking a void record, one not posted or one already unlocked is {@code NO_CHANGE} (DOC-12, LCK-2).
     */
    public LockState unlock(Actor actor, RecordRef record, String reason) {
        StudioRecords records = ledger.records();
        return ctx.store().transaction(() -> {
            actor.require(Permission.UNLOCK);
            if (reason == null || reason.isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "an unlock needs a reason", "record",
                        records.label(record));
            }
            LockState lock = records.lockOf(record);
            String label = records.label(record);
            if (records.isVoid(record)) {
                throw new StudioException(ErrorCode.NO_CHANGE, label + " is void: there is nothing to unlock",
                        "record", label);
            }
            ctx.requireOpen(records.dateOf(record));
            if (!lock.posted() || lock.unlocked()) {
                throw new StudioException(ErrorCode.NO_CHANGE, label + (lock.posted()
                        ? " is already unlocked" : " is not posted"), "record", label);
            }
            LockState unlocked = lock.unlock(actor.name(), reason);
            records.saveLock(record, unlocked);
            ctx.audit().record(actor.name(), "UNLOCK", label, "locked", "unlocked: " + reason);
            return unlocked;
        });
    }

    /**
     * LCK-3: closes the period through a date (needs {@code CLOSE_PERIOD}). Refused with {@code UNPOSTED_RECORDS}
     * while records dated on or before it are eligible but unposted, or unlocked.
     */
    public LocalDate closePeriod(Actor actor, LocalDate through) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.CLOSE_PERIOD);
            if (through == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a close needs a date", "through", null);
            }
            LocalDate current = ctx.store().lockDate();
            if (current != null && !through.isAfter(current)) {
                throw new StudioException(ErrorCode.PERIOD_CLOSED, "the period through " + current
                        + " is already closed", "through", through, "lockDate", current);
            }
            PostingPlan plan = new PostingPlanner(ledger.records(), policy()).plan(PostingRequest.through(through));
            List<String> open = plan.openThrough(through, ledger.records());
            if (!open.isEmpty()) {
                throw new StudioException(ErrorCode.UNPOSTED_RECORDS, "post these records first: "
                        + String.join(", ", open), "through", through, "records", open);
            }
            ctx.store().saveLockDate(through);
            ctx.audit().record(actor.name(), "CLOSE_PERIOD", "studio", String.valueOf(current), through.toString());
            return through;
        });
    }
}
