package org.studiokit.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioContext;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.StudioStore;
import org.studiokit.posting.report.Reports;

/**
 * The posting side of a studio (SPEC §7): posting runs and previews (PST-1..4), unlock (LCK-1, LCK-2), period close
 * (LCK-3) and reports (§8). Runs are exclusive and atomic (LCK-4): one transaction of the studio store.
 */
public final class Books {
    private final Studio studio;
    private final StudioContext ctx;
    private final PostingStore postingStore;
    private final GlMapping gl;
    private HostPostingPredicate hostPredicate = (doc, cutOff, balance) -> !doc.date().isAfter(cutOff);

    /**
     * @param studio the studio
     * @param store  the posting store (joined to the studio store's transactions)
     */
    public Books(Studio studio, PostingStore store) {
        this.studio = studio;
        this.ctx = studio.context();
        this.postingStore = store;
        this.gl = new GlMapping(ctx.store());
    }

    /** @return the books of an in-memory studio, on an in-memory posting store */
    public static Books inMemory(Studio studio) {
        if (!(studio.store() instanceof InMemoryStore mem)) {
            throw new IllegalArgumentException("the studio is not on the in-memory store");
        }
        return new Books(studio, new InMemoryPostingStore(mem.undoLog()));
    }

    /** Sets the host predicate used by the {@code CUSTOM} policy. */
    public Books withHostPredicate(HostPostingPredicate predicate) {
        this.hostPredicate = predicate;
        return this;
    }

    /** @return the studio */
    public Studio studio() {
        return studio;
    }

    /** @return the posting store */
    public PostingStore store() {
        return postingStore;
    }

    /** @return the GL mapping */
    public GlMapping mapping() {
        return gl;
    }

    /** @return the reports over this studio's records and journal */
    public Reports reports() {
        return new Reports(this);
    }

    /** @return every batch, oldest first */
    public List<PostingBatch> batches() {
        return postingStore.batches();
    }

    /** @return the batch with a number */
    public PostingBatch batch(long number) {
        return postingStore.batches().stream().filter(b -> b.number() == number).findFirst().orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no batch " + number, "batch", number));
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
            Plan plan = plan(request);
            if (plan.adjust.isEmpty() && plan.documents.isEmpty() && plan.movements.isEmpty()) {
                return Optional.empty();
            }
            PostingBatch batch = new PostingRun(this, ctx, plan, request, actor).book();
            postingStore.append(batch);
            ctx.audit().record(actor.name(), "POST", "batch " + batch.number(), "",
                    "through " + request.through() + ": " + batch.documents().size() + " documents, "
                            + batch.movements().size() + " movements, " + batch.adjusted().size() + " adjusted");
            return Optional.of(batch);
        });
    }

    /** @return what a run would post and why each other record is not eligible (PST-1) */
    public List<PreviewItem> preview(PostingRequest request) {
        Plan plan = plan(request);
        List<PreviewItem> items = new ArrayList<>();
        for (RecordRef r : plan.adjust) {
            items.add(new PreviewItem(r, label(r), true, ""));
        }
        for (Document d : plan.documents) {
            items.add(new PreviewItem(RecordRef.document(d.id()), label(d), true, ""));
        }
        for (MoneyMovement m : plan.movements) {
            items.add(new PreviewItem(RecordRef.movement(m.id()), label(m), true, ""));
        }
        plan.notEligible.forEach((r, why) -> items.add(new PreviewItem(r, label(r), false, why)));
        return items;
    }

    /**
     * LCK-1: unlocks a posted record (needs {@code UNLOCK} and a reason; audited). The next run books its adjustment.
     * Unlocking a void record, one not posted or one already unlocked is {@code NO_CHANGE} (DOC-12, LCK-2).
     */
    public LockState unlock(Actor actor, RecordRef record, String reason) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.UNLOCK);
            if (reason == null || reason.isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "an unlock needs a reason", "record", label(record));
            }
            LockState lock = lockOf(record);
            if (isVoid(record)) {
                throw new StudioException(ErrorCode.NO_CHANGE, label(record) + " is void: there is nothing to unlock",
                        "record", label(record));
            }
            ctx.requireOpen(dateOf(record));
            if (!lock.posted() || lock.unlocked()) {
                throw new StudioException(ErrorCode.NO_CHANGE, label(record) + (lock.posted()
                        ? " is already unlocked" : " is not posted"), "record", label(record));
            }
            LockState unlocked = lock.unlock(actor.name(), reason);
            saveLock(record, unlocked);
            ctx.audit().record(actor.name(), "UNLOCK", label(record), "locked", "unlocked: " + reason);
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
            Plan plan = plan(PostingRequest.through(through));
            List<String> open = new ArrayList<>();
            plan.adjust.stream().filter(r -> !dateOf(r).isAfter(through)).forEach(r -> open.add("unlocked " + label(r)));
            plan.documents.forEach(d -> open.add(label(d)));
            plan.movements.forEach(m -> open.add(label(m)));
            if (!open.isEmpty()) {
                throw new StudioException(ErrorCode.UNPOSTED_RECORDS, "post these records first: "
                        + String.join(", ", open), "through", through, "records", open);
            }
            ctx.store().saveLockDate(through);
            ctx.audit().record(actor.name(), "CLOSE_PERIOD", "studio", String.valueOf(current), through.toString());
            return through;
        });
    }

    // ---------------------------------------------------------------------------------------------- planning

    /** What a run will do. */
    static final class Plan {
        final List<RecordRef> adjust = new ArrayList<>();
        final List<Document> documents = new ArrayList<>();
        final List<MoneyMovement> movements = new ArrayList<>();
        final Map<RecordRef, String> notEligible = new java.util.LinkedHashMap<>();
    }

    private Plan plan(PostingRequest request) {
        StudioStore store = ctx.store();
        LocalDate cutOff = request.through();
        LocalDate lockDate = store.lockDate();
        Plan plan = new Plan();
        List<Document> unlockedDocs = new ArrayList<>();
        List<MoneyMovement> unlockedMoney = new ArrayList<>();
        List<Document> candidatesDocs = new ArrayList<>();
        for (Document d : store.documents().all()) {
            if (d.lock().unlocked()) {
                unlockedDocs.add(d);
            } else if (!d.lock().posted()) {
                candidatesDocs.add(d);
            }
        }
        // money movements: date, filter, then dependencies to a fixpoint
        Map<Long, MoneyMovement> candidates = new java.util.LinkedHashMap<>();
        for (MoneyMovement m : store.movements().all()) {
            RecordRef ref = RecordRef.movement(m.id());
            if (m.lock().unlocked()) {
                unlockedMoney.add(m);
            } else if (m.lock().posted()) {
                continue;
            } else if (m.voided()) {
                plan.notEligible.put(ref, "void");
            } else if (m.date().isAfter(cutOff)) {
                plan.notEligible.put(ref, "dated after the cut-off");
            } else if (lockDate != null && !m.date().isAfter(lockDate)) {
                plan.notEligible.put(ref, "dated in a closed period");
            } else if (!request.methods().isEmpty() && m.kind().hasMethod()
                    && !request.methods().contains(m.method())) {
                plan.notEligible.put(ref, "payment method not in this deposit");
            } else {
                candidates.put(m.id(), m);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MoneyMovement m : new ArrayList<>(candidates.values())) {
                String why = blockedBy(m, candidates);
                if (why != null) {
                    candidates.remove(m.id());
                    plan.notEligible.put(RecordRef.movement(m.id()), why);
                    changed = true;
                }
            }
        }
        // documents: policy, counting money posted by earlier runs or by this run
        Set<Long> postedDocs = new HashSet<>();
        for (Document d : store.documents().all()) {
            if (d.lock().posted()) {
                postedDocs.add(d.id());
            }
        }
        PostingPolicyKind policy = store.settings().postingPolicy();
        List<Document> eligibleDocs = new ArrayList<>();
        List<Document> pending = new ArrayList<>();
        for (Document d : candidatesDocs) {
            RecordRef ref = RecordRef.document(d.id());
            if (d.voided()) {
                plan.notEligible.put(ref, "void");
            } else if (!d.type().financial()) {
                plan.notEligible.put(ref, "estimates never post");
            } else if (d.date().isAfter(cutOff)) {
                plan.notEligible.put(ref, "dated after the cut-off");
            } else if (policy == PostingPolicyKind.WHEN_CREATED && lockDate != null && !d.date().isAfter(lockDate)) {
                plan.notEligible.put(ref, "dated in a closed period");
            } else {
                pending.add(d);
            }
        }
        changed = true;
        Set<Long> posting = new HashSet<>();
        while (changed) {
            changed = false;
            List<Document> waiting = new ArrayList<>();
            for (Document d : pending) {
                if (docPosts(d, policy, cutOff, candidates, postedDocs, posting)) {
                    eligibleDocs.add(d);
                    posting.add(d.id());
                    changed = true;
                } else {
                    waiting.add(d);
                }
            }
            pending = waiting;
        }
        for (Document d : pending) {
            plan.notEligible.put(RecordRef.document(d.id()), notPaidReason(d, policy));
        }
        Comparator<Document> docOrder = Comparator.comparing(Document::date).thenComparingLong(Document::number);
        Comparator<MoneyMovement> moneyOrder = Comparator.comparing(MoneyMovement::date)
                .thenComparingLong(MoneyMovement::number);
        unlockedDocs.sort(docOrder);
        unlockedMoney.sort(moneyOrder);
        unlockedDocs.forEach(d -> plan.adjust.add(RecordRef.document(d.id())));
        unlockedMoney.forEach(m -> plan.adjust.add(RecordRef.movement(m.id())));
        eligibleDocs.sort(docOrder);
        plan.documents.addAll(eligibleDocs);
        List<MoneyMovement> money = new ArrayList<>(candidates.values());
        money.sort(moneyOrder);
        plan.movements.addAll(money);
        return plan;
    }

    private String blockedBy(MoneyMovement m, Map<Long, MoneyMovement> candidates) {
        if (m.sourceId() != null && (m.kind() == MovementKind.APPLICATION || m.kind() == MovementKind.UNAPPLY)) {
            MoneyMovement source = ctx.store().movements().find(m.sourceId()).orElseThrow();
            if (!source.lock().posted() && !candidates.containsKey(source.id())) {
                return "waits for movement " + source.number() + " to post";
            }
        }
        if (m.pairId() != null) {
            MoneyMovement pair = ctx.store().movements().find(m.pairId()).orElseThrow();
            if (!pair.lock().posted() && !candidates.containsKey(pair.id())) {
                return "posts with movement " + pair.number();
            }
        }
        return null;
    }

    private boolean docPosts(Document d, PostingPolicyKind policy, LocalDate cutOff,
            Map<Long, MoneyMovement> candidates, Set<Long> postedDocs, Set<Long> posting) {
        if (policy == PostingPolicyKind.WHEN_CREATED) {
            return true;
        }
        Money balance = postedBalance(d, candidates);
        if (policy == PostingPolicyKind.CUSTOM) {
            return hostPredicate.posts(d, cutOff, balance);
        }
        if (d.isCreditMemo()) {
            if (!balance.isZero()) {
                return false;
            }
            for (MoneyMovement m : ctx.store().movements().by("document", d.id())) {
                if (m.kind() == MovementKind.TRANSFER && !m.voided() && countsAsPosted(m, candidates)
                        && !postedDocs.contains(m.targetId()) && !posting.contains(m.targetId())) {
                    return false;
                }
            }
            return true;
        }
        if (balance.isPositive()) {
            return false;
        }
        if (policy == PostingPolicyKind.WHEN_PAID_IN_FULL_AND_DELIVERED && !d.depositRefund()) {
            return d.delivered() != null && !d.delivered().isAfter(cutOff);
        }
        return true;
    }

    private String notPaidReason(Document d, PostingPolicyKind policy) {
        if (policy == PostingPolicyKind.CUSTOM) {
            return "the host's posting rule says not yet";
        }
        if (d.isCreditMemo()) {
            return "credit memo not settled (balance not 0 or a document it credited is unposted)";
        }
        return policy == PostingPolicyKind.WHEN_PAID_IN_FULL_AND_DELIVERED
                ? "not paid in full and delivered" : "not paid in full";
    }

    private boolean countsAsPosted(MoneyMovement m, Map<Long, MoneyMovement> candidates) {
        return m.lock().posted() || candidates.containsKey(m.id());
    }

    /** @return the document's balance counting only money posted by earlier runs or by this run */
    Money postedBalance(Document d, Map<Long, MoneyMovement> candidates) {
        Money balance = d.total();
        for (MoneyMovement m : studio.balances().movementsOf(d.id())) {
            if (countsAsPosted(m, candidates)) {
                balance = balance.plus(m.effectOn(d.id()));
            }
        }
        return balance;
    }

    // ---------------------------------------------------------------------------------------------- records

    LockState lockOf(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? doc(r.id()).lock() : money(r.id()).lock();
    }

    boolean isVoid(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? doc(r.id()).voided() : money(r.id()).voided();
    }

    LocalDate dateOf(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? doc(r.id()).date() : money(r.id()).date();
    }

    void saveLock(RecordRef r, LockState lock) {
        if (r.kind() == RecordRef.Kind.DOCUMENT) {
            ctx.store().documents().save(doc(r.id()).withLock(lock));
        } else {
            ctx.store().movements().save(money(r.id()).withLock(lock));
        }
    }

    Document doc(long id) {
        return ctx.store().documents().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id));
    }

    MoneyMovement money(long id) {
        return ctx.store().movements().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no movement " + id, "movement", id));
    }

    /** @return what a record books now, given which documents count as posted */
    public Booking target(RecordRef r, LongPredicate postedDocs) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? gl.document(doc(r.id())) : gl.movement(money(r.id()), postedDocs);
    }

    /** @return how people name a record, e.g. {@code invoice 1001} or {@code payment 3} */
    public String label(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? label(doc(r.id())) : label(money(r.id()));
    }

    static String label(Document d) {
        return (d.type() == DocumentType.CREDIT_MEMO ? "credit memo " : d.type() == DocumentType.ESTIMATE
                ? "estimate " : "invoice ") + d.number();
    }

    static String label(MoneyMovement m) {
        return m.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + m.number();
    }

    /** @return the client's name, or null */
    public String clientName(long clientId) {
        return clientId == 0 ? null : ctx.store().clients().find(clientId).map(Client::name).orElse(null);
    }

    /** @return ids of documents posted so far */
    public Set<Long> postedDocuments() {
        Set<Long> s = new LinkedHashSet<>();
        for (Document d : ctx.store().documents().all()) {
            if (d.lock().posted()) {
                s.add(d.id());
            }
        }
        return s;
    }
}
