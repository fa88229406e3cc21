package org.studiokit.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.LineKey;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.report.Reconciliation;

/**
 * The ledger invariants of the posting side (TigerBeetle style: stated once, checked everywhere). Each check
 * recomputes its figure independently from the records and compares it with the journal.
 */
public final class PostingAssertions {
    private final Books books;
    private final PostingStore postings;

    private PostingAssertions(Books books, PostingStore postings) {
        this.books = books;
        this.postings = postings;
    }

    /**
     * @param postings the books' posting store, which the test built (the books never hand it out)
     * @return assertions over a studio's books
     */
    public static PostingAssertions assertThatBooks(Books books, PostingStore postings) {
        return new PostingAssertions(books, postings);
    }

    /** @return assertions over the books a world's posting operations run on ({@link PostingOps#attach}) */
    public static PostingAssertions assertThatBooks(World world) {
        return new PostingAssertions(world.extension(Books.class).orElseThrow(),
                world.extension(PostingStore.class).orElseThrow());
    }

    /** Every entry and every batch balances and the trial balance sums to zero. */
    public PostingAssertions balances() {
        for (PostingBatch b : books.batches()) {
            long debits = 0;
            long credits = 0;
            for (JournalEntry e : b.entries()) {
                long sum = 0;
                for (JournalLine l : e.lines()) {
                    sum += l.amount().minor();
                    debits += l.debit().minor();
                    credits += l.credit().minor();
                    if (l.amount().isZero()) {
                        throw new AssertionError("zero line written in batch " + b.number() + ": " + e);
                    }
                }
                if (sum != 0) {
                    throw new AssertionError("entry does not balance in batch " + b.number() + ": " + e);
                }
            }
            if (debits != credits || debits != b.debits().minor() || credits != b.credits().minor()) {
                throw new AssertionError("batch " + b.number() + " totals are wrong");
            }
        }
        Money total = books.reports().trialBalance(null, null).total();
        if (!total.isZero()) {
            throw new AssertionError("trial balance sums to " + total);
        }
        return this;
    }

    /**
     * With no record unlocked: every posted record's bookings equal what its current state books (LCK-2), the GL
     * equals the sum of those bookings, A/R equals the posted documents' balances counting posted money only,
     * Customer Deposits equals −(unapplied posted deposits + net posted money on unposted documents), income, tax,
     * discount and shipping equal the composition of the posted documents, cash accounts equal posted receipts less
     * refunds.
     */
    public PostingAssertions matchRecords() {
        Map<LineKey, Long> expected = new HashMap<>();
        Map<LineKey, Long> booked = new HashMap<>();
        if (!collectBookings(expected, booked)) {
            return this;
        }
        Map<LineKey, Long> gl = generalLedger();
        expected.values().removeIf(v -> v == 0);
        booked.values().removeIf(v -> v == 0);
        if (!gl.equals(expected)) {
            throw new AssertionError("GL " + gl + " differs from what the records book " + expected);
        }
        if (!gl.equals(booked)) {
            throw new AssertionError("GL " + gl + " differs from the remembered bookings " + booked);
        }
        // independent figures
        StudioSettings s = books.studio().records().settings();
        String ar = s.account(AccountRole.AR);
        String cd = s.account(AccountRole.CUSTOMER_DEPOSITS);
        receivablesMatch(gl, ar);
        customerDepositsMatch(gl, cd);
        cashMatches(gl, ar, cd);
        return this;
    }

    /**
     * Adds what every posted record books now ({@code expected}) and what was booked for it ({@code booked}), and
     * checks each posted movement's booking (LCK-2). @return false as soon as a record is unlocked
     */
    private boolean collectBookings(Map<LineKey, Long> expected, Map<LineKey, Long> booked) {
        var store = books.studio().records();
        Set<Long> posted = books.postedDocuments();
        for (Document d : store.documents().all()) {
            if (d.lock().unlocked()) {
                return false;
            }
            if (d.lock().posted()) {
                add(expected, books.mapping().document(d));
                add(booked, postings.booked(RecordRef.document(d.id())));
            }
        }
        for (MoneyMovement m : store.movements().all()) {
            if (m.lock().unlocked()) {
                return false;
            }
            if (m.lock().posted()) {
                Booking want = books.mapping().movement(m, posted::contains);
                Booking have = postings.booked(RecordRef.movement(m.id()));
                if (!want.equals(have)) {
                    throw new AssertionError("movement " + m.number() + " booked " + have + " but its state books "
                            + want);
                }
                add(expected, want);
                add(booked, have);
            }
        }
        return true;
    }

    /** @return the journal summed per account and client, without zero sums */
    private Map<LineKey, Long> generalLedger() {
        Map<LineKey, Long> gl = new HashMap<>();
        for (PostingBatch b : books.batches()) {
            for (JournalEntry e : b.entries()) {
                for (JournalLine l : e.lines()) {
                    gl.merge(new LineKey(l.account(), l.clientId()), l.amount().minor(), Long::sum);
                }
            }
        }
        gl.values().removeIf(v -> v == 0);
        return gl;
    }

    /** A/R equals the posted documents' balances counting posted money only. */
    private void receivablesMatch(Map<LineKey, Long> gl, String ar) {
        long arExpected = 0;
        for (Document d : books.studio().records().documents().all()) {
            if (d.lock().posted() && d.type().financial()) {
                long balance = d.total().minor();
                for (MoneyMovement m : books.studio().balances().movementsOf(d.id())) {
                    if (m.lock().posted()) {
                        balance += m.effectOn(d.id()).minor();
                    }
                }
                arExpected += balance;
            }
        }
        long arGl = sumAccount(gl, ar);
        if (arGl != arExpected) {
            throw new AssertionError("GL(A/R) " + arGl + " != posted documents' posted balances " + arExpected);
        }
    }

    /** Customer Deposits equals the deposit reconciliation. */
    private void customerDepositsMatch(Map<LineKey, Long> gl, String cd) {
        long cdExpected = books.reports().depositReconciliation(null).total().minor();
        long cdGl = sumAccount(gl, cd);
        if (cdGl != cdExpected) {
            throw new AssertionError("GL(Customer Deposits) " + cdGl + " != deposit reconciliation " + cdExpected);
        }
    }

    /** Each cash account equals posted receipts less refunds (plus what posted documents book on it). */
    private void cashMatches(Map<LineKey, Long> gl, String ar, String cd) {
        var store = books.studio().records();
        StudioSettings s = store.settings();
        Map<String, Long> cash = new HashMap<>();
        for (MoneyMovement m : store.movements().all()) {
            if (m.lock().posted() && !m.voided() && m.kind().hasMethod()) {
                long sign = m.kind() == MovementKind.REFUND ? -1 : 1;
                cash.merge(s.depositAccount(m.method()), sign * m.amount().minor(), Long::sum);
            }
        }
        for (Map.Entry<String, Long> e : cash.entrySet()) {
            if (e.getKey().equals(ar) || e.getKey().equals(cd)) {
                continue;
            }
            long composition = 0;
            for (Document d : store.documents().all()) {
                if (d.lock().posted()) {
                    composition += books.mapping().document(d).amounts().entrySet().stream()
                            .filter(x -> x.getKey().account().equals(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                }
            }
            long glCash = sumAccount(gl, e.getKey());
            if (glCash != e.getValue() + composition) {
                throw new AssertionError("GL(" + e.getKey() + ") " + glCash + " != receipts less refunds "
                        + e.getValue());
            }
        }
    }

    /** RPT-3: the policy's identity holds when nothing is left to post and nothing is unlocked. */
    public PostingAssertions reconcilesWhenAllPosted() {
        Reconciliation r = books.reports().reconciliation();
        boolean allPosted = r.items().isEmpty();
        if (allPosted && !r.holds()) {
            throw new AssertionError("reconciliation fails with everything posted: " + r);
        }
        return this;
    }

    /** Batches never change: the given earlier copies are still there, equal. */
    public PostingAssertions keeps(List<PostingBatch> earlier) {
        List<PostingBatch> now = books.batches();
        for (int i = 0; i < earlier.size(); i++) {
            if (!now.get(i).equals(earlier.get(i))) {
                throw new AssertionError("batch " + earlier.get(i).number() + " changed");
            }
        }
        return this;
    }

    private static void add(Map<LineKey, Long> into, Booking b) {
        b.amounts().forEach((k, v) -> into.merge(k, v, Long::sum));
    }

    private static long sumAccount(Map<LineKey, Long> gl, String account) {
        return gl.entrySet().stream().filter(e -> e.getKey().account().equals(account))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
