package org.studiokit.posting.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.LockState;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.store.LongObjectMap;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.DocumentTotals;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.LinePlaces;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.records.RecordLabels;

/**
 * One posting run (PST-1, PST-3, PST-4, LCK-2): books a {@link PostingPlan} in order — the adjustments of unlocked
 * records, the eligible documents (each followed by its Customer Deposits → A/R move when money sat in Customer
 * Deposits), then the eligible money movements. Every record's booking is remembered so later adjustments book
 * exact differences. Adjustments and moves are dated with the cut-off (PST-3); a document's entry date is its
 * policy's. Runs inside the caller's transaction. Reads what the plan names: the movements of its documents in one
 * go, the documents its movements name in one go, each client's name once; never every record.
 */
public final class PostingRun {
    private final Ledger ledger;
    private final PostingPolicy policy;
    private final PostingPlan plan;
    private final PostingRequest request;
    private final List<JournalEntry> entries;
    private final DocumentTotals.Builder totals;
    private final Money zero;
    private final PostingPlanner planner;
    private final LongObjectMap<Boolean> postedHere;
    private final LongObjectMap<Document> documents;
    private final LinePlaces places;
    private long debits;
    private long credits;
    private DocumentMoney money;

    /**
     * @param ledger  what the run reads and writes
     * @param policy  the studio's posting policy
     * @param plan    what to book
     * @param request the run's request
     */
    public PostingRun(Ledger ledger, PostingPolicy policy, PostingPlan plan, PostingRequest request) {
        this(ledger, policy, null, plan, request);
    }

    /**
     * A run of a plan its planner just made in the same transaction: the run reuses the movements of the plan's
     * documents the planner read instead of reading them again.
     *
     * @param planner the planner that made {@code plan}
     */
    public PostingRun(Ledger ledger, PostingPolicy policy, PostingPlanner planner, PostingPlan plan,
            PostingRequest request) {
        this.ledger = ledger;
        this.planner = planner;
        this.policy = policy;
        this.plan = plan;
        this.request = request;
        this.zero = Money.zero(ledger.records().settings().currency());
        this.places = new LinePlaces(ledger.records()::clientName);
        this.postedHere = new LongObjectMap<>(plan.documents().size());
        this.documents = new LongObjectMap<>(plan.documents().size() + plan.movements().size());
        this.totals = new DocumentTotals.Builder(plan.documents().size() + plan.adjust().size());
        this.entries = new ArrayList<>(plan.adjust().size() + plan.documents().size() + plan.movements().size());
    }

    /** @return the batch booked, by an actor at an instant; its entries balance or the run fails */
    public PostingBatch book(String actor, Instant at) {
        long number = ledger.store().batchCount() + 1L;
        readPlanRecords();
        plan.adjust().forEach(ref -> adjust(ref, number));
        List<Long> documents = new ArrayList<>(plan.documents().size());
        plan.documents().forEach(d -> documents.add(post(d, number)));
        List<Long> movements = new ArrayList<>(plan.movements().size());
        plan.movements().forEach(m -> movements.add(post(m, number)));
        if (debits != credits) {
            throw new IllegalStateException("batch " + number + " does not balance: " + debits + " vs " + credits);
        }
        return new PostingBatch(number, request.through(), request.methods(), at, actor, documents, movements,
                plan.adjust(), entries, money(debits), money(credits), totals.build());
    }

    private Money money(long minor) {
        return minor == 0 ? zero : Money.ofMinor(minor, zero.currency());
    }

    /** Reads the movements of the plan's documents, then every document those and the plan's movements name. */
    private void readPlanRecords() {
        plan.documents().forEach(d -> documents.put(d.id(), d));
        money = planner == null ? null : planner.moneyOf(plan);
        if (money == null) {
            money = DocumentMoney.of(ledger.records(), plan.documents().stream().map(Document::id).toList());
        }
        List<Long> named = new ArrayList<>();
        LongObjectMap<Boolean> asked = new LongObjectMap<>(16);
        for (Document d : plan.documents()) {
            money.of(d.id()).forEach(m -> names(m, named, asked));
        }
        plan.movements().forEach(m -> names(m, named, asked));
        ledger.records().documents(named).forEach(d -> documents.put(d.id(), d));
    }

    /** Notes the documents a movement names that the plan does not hold, once each. */
    private void names(MoneyMovement m, List<Long> named, LongObjectMap<Boolean> asked) {
        name(m.documentId(), named, asked);
        name(m.targetId(), named, asked);
    }

    private void name(Long id, List<Long> named, LongObjectMap<Boolean> asked) {
        if (id != null && documents.get(id) == null && asked.get(id) == null) {
            asked.put(id, Boolean.TRUE);
            named.add(id);
        }
    }

    /** @return a document by id, read once per run */
    private Document document(long id) {
        Document d = documents.get(id);
        if (d == null) {
            d = ledger.records().document(id);
            documents.put(id, d);
        }
        return d;
    }

    /** @return whether a document is posted: by an earlier run (its lock state as the run began) or by this one */
    private boolean posted(long id) {
        return postedHere.get(id) != null || document(id).lock().posted();
    }

    private Booking book(MoneyMovement m) {
        return ledger.gl().movement(m, this::posted, this::document);
    }

    /** LCK-2: books the difference between what the record books now and everything booked for it so far. */
    private void adjust(RecordRef ref, long number) {
        LockState lock;
        Booking target;
        String label;
        if (ref.kind() == RecordRef.Kind.DOCUMENT) {
            Document d = document(ref.id());
            lock = d.lock();
            label = RecordLabels.of(d);
            totals.put(ref.id(), d.totals());
            target = ledger.gl().document(d);
        } else {
            MoneyMovement m = ledger.records().movement(ref.id());
            lock = m.lock();
            label = RecordLabels.of(m);
            target = book(m);
        }
        write(EntryKind.ADJUSTMENT, request.through(), ref, label, target.minus(ledger.store().booked(ref)),
                lock.batch());
        ledger.store().saveBooked(ref, target);
    }

    /** Posts a document on its policy's entry date, then moves its money from Customer Deposits to A/R. */
    private long post(Document d, long number) {
        RecordRef ref = RecordRef.document(d.id());
        Booking booking = ledger.gl().document(d);
        String label = RecordLabels.of(d);
        write(EntryKind.DOCUMENT, policy.entryDate(d, request.through()), ref, label, booking, 0);
        ledger.store().saveBooked(ref, booking);
        postedHere.put(d.id(), Boolean.TRUE);
        totals.put(d.id(), d.totals());
        Booking move = new Booking();
        for (MoneyMovement m : money.of(d.id())) {
            if (m.lock().posted()) {
                RecordRef mref = RecordRef.movement(m.id());
                Booking target = book(m);
                Booking delta = target.minus(ledger.store().booked(mref));
                if (!delta.isZero()) {
                    move.add(delta, 1);
                    ledger.store().saveBooked(mref, target);
                }
            }
        }
        write(EntryKind.DEPOSITS_TO_AR, request.through(), ref, label, move, 0);
        return d.id();
    }

    private long post(MoneyMovement m, long number) {
        RecordRef ref = RecordRef.movement(m.id());
        Booking booking = book(m);
        String label = RecordLabels.of(m);
        write(EntryKind.MOVEMENT, m.date(), ref, label, booking, 0);
        ledger.store().saveBooked(ref, booking);
        return m.id();
    }

    private void write(EntryKind kind, LocalDate date, RecordRef ref, String label, Booking booking,
            long originalBatch) {
        JournalEntry entry = JournalEntry.of(entries.size() + 1, date, kind, ref, label, booking, places,
                zero.currency(), originalBatch);
        if (entry != null) {
            for (int i = 0; i < entry.lineCount(); i++) {
                long minor = entry.minor(i);
                if (minor > 0) {
                    debits = Math.addExact(debits, minor);
                } else {
                    credits = Math.subtractExact(credits, minor);
                }
            }
            entries.add(entry);
        }
    }
}
