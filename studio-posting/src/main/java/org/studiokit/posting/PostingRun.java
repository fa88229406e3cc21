package org.studiokit.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.studiokit.core.document.Totals;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioContext;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.security.Actor;
import org.studiokit.core.settings.PostingPolicyKind;

/**
 * One posting run (PST-1, PST-3, PST-4, LCK-2): books, in order, the adjustments of unlocked records, the eligible
 * documents (each followed by its Customer Deposits → A/R move when money sat in Customer Deposits), then the
 * eligible money movements. Every record's booking is remembered so later adjustments book exact differences.
 */
final class PostingRun {
    private final Books books;
    private final StudioContext ctx;
    private final Books.Plan plan;
    private final PostingRequest request;
    private final Actor actor;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final Money zero;

    PostingRun(Books books, StudioContext ctx, Books.Plan plan, PostingRequest request, Actor actor) {
        this.books = books;
        this.ctx = ctx;
        this.plan = plan;
        this.request = request;
        this.actor = actor;
        this.zero = Money.zero(ctx.store().settings().currency());
    }

    PostingBatch book() {
        long number = books.store().batches().size() + 1L;
        LocalDate cutOff = request.through();
        Set<Long> posted = books.postedDocuments();
        PostingStore store = books.store();
        Map<Long, Totals> totals = new LinkedHashMap<>();
        for (RecordRef ref : plan.adjust) {
            LockState lock = books.lockOf(ref);
            if (ref.kind() == RecordRef.Kind.DOCUMENT) {
                totals.put(ref.id(), books.doc(ref.id()).totals());
            }
            Booking target = books.target(ref, posted::contains);
            write(EntryKind.ADJUSTMENT, cutOff, ref, "adjustment of " + books.label(ref),
                    target.minus(store.booked(ref)), lock.batch());
            store.saveBooked(ref, target);
            books.saveLock(ref, lock.postedIn(number));
        }
        boolean accrual = ctx.store().settings().postingPolicy() == PostingPolicyKind.WHEN_CREATED
                || ctx.store().settings().postingPolicy() == PostingPolicyKind.CUSTOM;
        List<Long> documents = new ArrayList<>();
        for (Document d : plan.documents) {
            RecordRef ref = RecordRef.document(d.id());
            Booking booking = books.mapping().document(d);
            write(EntryKind.DOCUMENT, accrual ? d.date() : cutOff, ref, Books.label(d), booking, 0);
            store.saveBooked(ref, booking);
            books.saveLock(ref, d.lock().postedIn(number));
            posted.add(d.id());
            documents.add(d.id());
            totals.put(d.id(), d.totals());
            Booking move = new Booking();
            for (MoneyMovement m : books.studio().balances().movementsOf(d.id())) {
                MoneyMovement current = books.money(m.id());
                if (current.lock().posted()) {
                    RecordRef mref = RecordRef.movement(m.id());
                    Booking target = books.mapping().movement(current, posted::contains);
                    Booking delta = target.minus(store.booked(mref));
                    if (!delta.isZero()) {
                        move.add(delta, 1);
                        store.saveBooked(mref, target);
                    }
                }
            }
            write(EntryKind.DEPOSITS_TO_AR, cutOff, ref, "customer deposits to A/R for " + Books.label(d), move, 0);
        }
        List<Long> movements = new ArrayList<>();
        for (MoneyMovement m : plan.movements) {
            RecordRef ref = RecordRef.movement(m.id());
            Booking booking = books.mapping().movement(m, posted::contains);
            write(EntryKind.MOVEMENT, m.date(), ref, Books.label(m), booking, 0);
            store.saveBooked(ref, booking);
            books.saveLock(ref, m.lock().postedIn(number));
            movements.add(m.id());
        }
        Money debits = zero;
        Money credits = zero;
        for (JournalEntry e : entries) {
            for (JournalLine l : e.lines()) {
                debits = debits.plus(l.debit());
                credits = credits.plus(l.credit());
            }
        }
        if (!debits.equals(credits)) {
            throw new IllegalStateException("batch " + number + " does not balance: " + debits + " vs " + credits);
        }
        return new PostingBatch(number, cutOff, request.methods(), ctx.clock().instant(), actor.name(), documents,
                movements, plan.adjust, entries, debits, credits, totals);
    }

    private void write(EntryKind kind, LocalDate date, RecordRef ref, String memo, Booking booking,
            long originalBatch) {
        List<JournalLine> lines = new ArrayList<>();
        for (Map.Entry<LineKey, Long> e : booking.amounts().entrySet()) {
            long client = e.getKey().clientId();
            lines.add(new JournalLine(e.getKey().account(), client, books.clientName(client),
                    Money.ofMinor(e.getValue(), zero.currency())));
        }
        lines.sort(java.util.Comparator.comparing((JournalLine l) -> l.amount().isNegative()));
        if (!lines.isEmpty()) {
            entries.add(new JournalEntry(entries.size() + 1, date, kind, ref, books.label(ref), memo, lines,
                    originalBatch));
        }
    }
}
