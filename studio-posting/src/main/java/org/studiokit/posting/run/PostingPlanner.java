package org.studiokit.posting.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.store.LongObjectMap;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.Candidate;
import org.studiokit.posting.policy.Decision;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.records.StudioRecords;

/**
 * Plans a posting run (PST-1, PST-2): which unlocked records it adjusts, which documents and money movements are
 * eligible, and why every other unposted record is not. Money movements wait for the movements they depend on;
 * documents are asked of the {@link PostingPolicy} counting money posted by earlier runs or by this run, until no
 * more join. Reads only; the result is an immutable {@link PostingPlan}. It reads the records a run may touch
 * (the store's {@code documentsToPost} and {@code movementsToPost}), the movements of the documents it asks the
 * policy about in one go, and single records by id, never the whole history.
 */
public final class PostingPlanner {
    static final Comparator<Document> DOCUMENT_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Long.compare(a.number(), b.number());
    };
    static final Comparator<MoneyMovement> MONEY_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Long.compare(a.number(), b.number());
    };

    private final StudioRecords records;
    private final PostingPolicy policy;
    private PostingPlan lastPlan;
    private DocumentMoney lastMoney;

    /**
     * @param records the studio's records
     * @param policy  the studio's posting policy
     */
    public PostingPlanner(StudioRecords records, PostingPolicy policy) {
        this.records = records;
        this.policy = policy;
    }

    /**
     * @return the plan of a run, reading only the records dated through its cut-off (and unlocked ones): its
     *         {@code notEligible} leaves out unposted records dated after the cut-off
     */
    public PostingPlan plan(PostingRequest request) {
        return plan(request, request.through());
    }

    /** @return the plan of a run whose {@code notEligible} explains every other unposted record too (a preview) */
    public PostingPlan preview(PostingRequest request) {
        return plan(request, null);
    }

    private PostingPlan plan(PostingRequest request, LocalDate readThrough) {
        Work w = new Work(request.through());
        List<Document> documents = records.documentsToPost(readThrough);
        List<RecordRef> adjust = new ArrayList<>(unlockedDocuments(documents));
        scanMoney(w, request, records.movementsToPost(readThrough));
        w.unlockedMoney.forEach(m -> adjust.add(RecordRef.movement(m.id())));
        dropBlockedMoney(w);
        List<Document> pending = scanDocuments(w, documents);
        List<Document> eligible = settleDocuments(w, pending);
        eligible.sort(DOCUMENT_ORDER);
        List<MoneyMovement> money = new ArrayList<>(w.money.values());
        money.sort(MONEY_ORDER);
        PostingPlan plan = new PostingPlan(w.cutOff, adjust, eligible, money, w.notEligible);
        lastPlan = plan;
        lastMoney = w.pendingMoney;
        return plan;
    }

    /**
     * @return the movements of the documents of a plan this planner made last, as it read them (a run in the same
     *         transaction reuses them), or null for another plan
     */
    DocumentMoney moneyOf(PostingPlan plan) {
        return plan == lastPlan ? lastMoney : null;
    }

    /** Working state of one planning. */
    private static final class Work {
        final LocalDate cutOff;
        final Map<RecordRef, String> notEligible = new LinkedHashMap<>();
        final Map<Long, MoneyMovement> money = new LinkedHashMap<>();
        final List<MoneyMovement> unlockedMoney = new ArrayList<>();
        final LongObjectMap<Boolean> posting = new LongObjectMap<>(16);
        final Map<Long, Boolean> postedDocs = new HashMap<>();
        DocumentMoney pendingMoney;

        Work(LocalDate cutOff) {
            this.cutOff = cutOff;
        }

        boolean counts(MoneyMovement m) {
            return m.lock().posted() || money.containsKey(m.id());
        }
    }

    private static List<RecordRef> unlockedDocuments(List<Document> candidates) {
        List<Document> unlocked = new ArrayList<>();
        for (Document d : candidates) {
            if (d.lock().unlocked()) {
                unlocked.add(d);
            }
        }
        unlocked.sort(DOCUMENT_ORDER);
        return unlocked.stream().map(d -> RecordRef.document(d.id())).toList();
    }

    /** Money movements: unlocked ones to adjust, the rest by date, lock date and the deposit filter. */
    private void scanMoney(Work w, PostingRequest request, List<MoneyMovement> candidates) {
        LocalDate lockDate = records.lockDate();
        for (MoneyMovement m : candidates) {
            RecordRef ref = RecordRef.movement(m.id());
            if (m.lock().unlocked()) {
                w.unlockedMoney.add(m);
            } else if (m.lock().posted()) {
                continue;
            } else if (m.voided()) {
                w.notEligible.put(ref, "void");
            } else if (m.date().isAfter(w.cutOff)) {
                w.notEligible.put(ref, "dated after the cut-off");
            } else if (lockDate != null && !m.date().isAfter(lockDate)) {
                w.notEligible.put(ref, "dated in a closed period");
            } else if (!request.methods().isEmpty() && m.kind().hasMethod()
                    && !request.methods().contains(m.method())) {
                w.notEligible.put(ref, "payment method not in this deposit");
            } else {
                w.money.put(m.id(), m);
            }
        }
        w.unlockedMoney.sort(MONEY_ORDER);
    }

    /** PST-1: a movement posts only with or after the movements it depends on; repeated until nothing drops. */
    private void dropBlockedMoney(Work w) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MoneyMovement m : new ArrayList<>(w.money.values())) {
                String why = blockedBy(m, w);
                if (why != null) {
                    w.money.remove(m.id());
                    w.notEligible.put(RecordRef.movement(m.id()), why);
                    changed = true;
                }
            }
        }
    }

    private String blockedBy(MoneyMovement m, Work w) {
        if (m.sourceId() != null && (m.kind() == MovementKind.APPLICATION || m.kind() == MovementKind.UNAPPLY)) {
            MoneyMovement source = records.movement(m.sourceId());
            if (!source.lock().posted() && !w.money.containsKey(source.id())) {
                return "waits for movement " + source.number() + " to post";
            }
        }
        if (m.pairId() != null) {
            MoneyMovement pair = records.movement(m.pairId());
            if (!pair.lock().posted() && !w.money.containsKey(pair.id())) {
                return "posts with movement " + pair.number();
            }
        }
        return null;
    }

    /**
     * PST-2 and LCK-3, for every policy: void documents and estimates never post, nothing dated after the cut-off
     * posts, and no entry is dated in a closed period.
     */
    private List<Document> scanDocuments(Work w, List<Document> candidates) {
        LocalDate lockDate = records.lockDate();
        List<Document> pending = new ArrayList<>(candidates.size());
        for (Document d : candidates) {
            RecordRef ref = RecordRef.document(d.id());
            if (d.lock().posted()) {
                continue;
            } else if (d.lock().unlocked()) {
                continue;
            } else if (d.voided()) {
                w.notEligible.put(ref, "void");
            } else if (!d.type().financial()) {
                w.notEligible.put(ref, "estimates never post");
            } else if (d.date().isAfter(w.cutOff)) {
                w.notEligible.put(ref, "dated after the cut-off");
            } else if (lockDate != null && !policy.entryDate(d, w.cutOff).isAfter(lockDate)) {
                w.notEligible.put(ref, "dated in a closed period");
            } else {
                pending.add(d);
            }
        }
        return pending;
    }

    /** PST-2: asks the policy about each pending document until no more join the run. */
    private List<Document> settleDocuments(Work w, List<Document> pending) {
        w.pendingMoney = DocumentMoney.of(records, pending.stream().map(Document::id).toList());
        List<Document> eligible = new ArrayList<>(pending.size());
        Map<Long, String> reasons = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Document> waiting = new ArrayList<>();
            for (Document d : pending) {
                Decision decision = policy.decide(new PlannedDocument(d, w));
                if (decision.posts()) {
                    eligible.add(d);
                    w.posting.put(d.id(), Boolean.TRUE);
                    changed = true;
                } else {
                    waiting.add(d);
                    reasons.put(d.id(), decision.reason());
                }
            }
            pending = waiting;
        }
        pending.forEach(d -> w.notEligible.put(RecordRef.document(d.id()), reasons.get(d.id())));
        return eligible;
    }

    /** A document as the policy sees it at one point of planning. */
    private final class PlannedDocument implements Candidate {
        private final Document document;
        private final Work work;

        PlannedDocument(Document document, Work work) {
            this.document = document;
            this.work = work;
        }

        @Override
        public Document document() {
            return document;
        }

        @Override
        public LocalDate cutOff() {
            return work.cutOff;
        }

        @Override
        public Money postedBalance() {
            Money balance = document.total();
            for (MoneyMovement m : work.pendingMoney.of(document.id())) {
                if (work.counts(m)) {
                    balance = balance.plus(m.effectOn(document.id()));
                }
            }
            return balance;
        }

        @Override
        public boolean transfersSettled() {
            for (MoneyMovement m : work.pendingMoney.of(document.id())) {
                if (m.kind() == MovementKind.TRANSFER && m.documentId() == document.id() && !m.voided()
                        && work.counts(m) && work.posting.get(m.targetId()) == null && !posted(m.targetId())) {
                    return false;
                }
            }
            return true;
        }

        /** @return whether an earlier run posted a document (asked of the records once per document) */
        private boolean posted(long documentId) {
            return work.postedDocs.computeIfAbsent(documentId,
                    id -> records.findDocument(id).map(d -> d.lock().posted()).orElse(false));
        }
    }
}
