package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.CLERK;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;
import static org.studiokit.posting.PostingChecks.journal;
import static org.studiokit.posting.PostingChecks.refused;
import static org.studiokit.posting.PostingChecks.trialBalance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;

/** LCK-1..3, ERR-1 and AUD-1 against hand-computed adjustments. */
class LockAndCloseRulesTest {

    @Test
    @DisplayName("LCK-2 an edit of lines recomputes a percent discount; the adjustment books A/R, Discounts and income differences")
    void percentDiscountRecomputed() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-02")).line(Line.of("Print", 1, f.usd("100.00"))).line(Line.of("Frame", 1, f.usd("50.00")))
                .withDiscount(Discount.percent(BigDecimal.TEN)));
        assertThat(inv.total()).isEqualTo(f.usd("135.00"));
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "wrong lines");
        Document edited = f.studio.invoices().edit(OWNER, inv.id(), new DocumentChange(null,
                List.of(Line.of("Print", 1, f.usd("200.00"))), null, null, null));
        assertThat(edited.totals().discount()).isEqualTo(f.usd("20.00"));
        PostingBatch adj = f.post("2026-04-30");
        assertThat(journal(adj)).containsExactly(
                "ADJUSTMENT 2026-04-30 invoice 1001: Accounts Receivable (Jane Doe) dr 45.00; Discounts dr 5.00; "
                        + "General Sales cr 50.00");
        assertThat(adj.entries().get(0).originalBatch()).isEqualTo(1);
        trialBalance(f, "Accounts Receivable", "180.00", "Discounts", "20.00", "General Sales", "-200.00");
    }

    @Test
    @DisplayName("LCK-2 an edit may leave a credit balance; the aging shows it negative and it can be refunded")
    void editLeavesCreditBalance() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-02")));
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "overcharged");
        f.studio.invoices().edit(OWNER, inv.id(), new DocumentChange(null,
                List.of(Line.of("Print", 1, f.usd("80.00"))), null, null, null));
        assertThat(f.studio.invoices().balance(inv.id())).isEqualTo(f.usd("-20.00"));
        assertThat(f.books.reports().arAging(d("2026-03-31")).rows()).singleElement()
                .satisfies(r -> assertThat(r.current()).isEqualTo(f.usd("-20.00")));
        f.studio.money().refund(OWNER, Refund.of(inv.id(), f.usd("20.00")).method("Cash").on(d("2026-04-02")));
        assertThat(journal(f.post("2026-04-30"))).containsExactly(
                "ADJUSTMENT 2026-04-30 invoice 1001: General Sales dr 20.00; Accounts Receivable (Jane Doe) cr 20.00",
                "MOVEMENT 2026-04-02 refund 2: Accounts Receivable (Jane Doe) dr 20.00; Undeposited Funds cr 20.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Undeposited Funds", "80.00", "General Sales", "-80.00");
    }

    @Test
    @DisplayName("LCK-2 a payment moved to A/R: edited amount adjusts against A/R; voided, it reverses against A/R even in a filtered run")
    void movedPaymentEditedThenVoided() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt p1 = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Cash").on(d("2026-03-03")));
        f.post("2026-03-05");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Check").on(d("2026-03-06")));
        f.post("2026-03-31");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "0.00");

        f.books.unlock(OWNER, RecordRef.movement(p1.movement().id()), "typed 40 for 30");
        f.studio.money().edit(OWNER, p1.movement().id(), null, null, f.usd("30.00"));
        PostingBatch edit = f.post("2026-04-10");
        assertThat(journal(edit)).containsExactly(
                "ADJUSTMENT 2026-04-10 payment 1: Accounts Receivable (Jane Doe) dr 10.00; Undeposited Funds cr 10.00");
        assertThat(edit.entries().get(0).originalBatch()).isEqualTo(1);

        f.books.unlock(OWNER, RecordRef.movement(p1.movement().id()), "bounced");
        f.studio.money().voidMovement(OWNER, p1.movement().id());
        PostingBatch cards = f.books.post(OWNER, new PostingRequest(d("2026-04-30"), Set.of("Credit Card")))
                .orElseThrow();
        assertThat(cards.adjusted()).containsExactly(RecordRef.movement(p1.movement().id()));
        assertThat(journal(cards)).containsExactly(
                "ADJUSTMENT 2026-04-30 payment 1: Accounts Receivable (Jane Doe) dr 30.00; Undeposited Funds cr 30.00");
        trialBalance(f, "Accounts Receivable", "40.00", "Customer Deposits", "0.00", "Undeposited Funds", "60.00");
        assertThat(f.store.movements().find(p1.movement().id()).orElseThrow().lock().locked()).isTrue();
    }

    @Test
    @DisplayName("LCK-1 an unlocked record is adjusted (and relocked) by the next run, changed or not; unlocking twice or unposted is NO_CHANGE")
    void unlockUnchanged() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document unposted = f.invoice(jane, "2026-04-02", "Print", "10.00");
        f.post("2026-03-31");
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, RecordRef.document(unposted.id()), "x"));
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "look again");
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, RecordRef.document(inv.id()), "x"));
        AuditEntry last = f.studio.audit().entries().get(f.studio.audit().entries().size() - 1);
        assertThat(last.action()).isEqualTo("UNLOCK");
        assertThat(last.actor()).isEqualTo("owner");
        assertThat(last.after()).contains("look again");
        PostingBatch b = f.books.post(OWNER, PostingRequest.through(d("2026-03-31"))).orElseThrow();
        assertThat(b.adjusted()).containsExactly(RecordRef.document(inv.id()));
        assertThat(b.entries()).isEmpty();
        assertThat(f.studio.invoices().get(inv.id()).lock().locked()).isTrue();
        assertThat(f.books.post(OWNER, PostingRequest.through(d("2026-03-31")))).isEmpty();
    }

    @Test
    @DisplayName("AUD-1 edits and voids of unlocked posted records are audited with who, before and after")
    void auditOfChanges() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-03-02")));
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "fix");
        f.studio.invoices().edit(OWNER, inv.id(), new DocumentChange(null,
                List.of(Line.of("Print", 1, f.usd("90.00"))), null, null, null));
        f.books.unlock(OWNER, RecordRef.movement(pay.movement().id()), "bounced");
        f.studio.money().voidMovement(OWNER, pay.movement().id());
        List<AuditEntry> log = f.studio.audit().entries();
        assertThat(log).extracting(AuditEntry::action).containsSubsequence("POST", "UNLOCK", "EDIT", "UNLOCK", "VOID");
        AuditEntry edit = log.stream().filter(e -> e.action().equals("EDIT")).findFirst().orElseThrow();
        assertThat(edit.before()).contains("100.00");
        assertThat(edit.after()).contains("90.00");
        assertThat(f.studio.audit().verify().valid()).isTrue();
    }

    @Test
    @DisplayName("LCK-3 close: unposted eligible or unlocked records on or before the date refuse it; unpaid cash-basis invoices and later unlocked records do not")
    void closeRefusals() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document unpaid = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document paid = f.invoice(jane, "2026-03-03", "Print", "50.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(paid.id(), f.usd("50.00")).method("Cash").on(d("2026-03-03")));
        refused(f, ErrorCode.UNPOSTED_RECORDS, () -> f.books.closePeriod(OWNER, d("2026-03-31")));
        f.post("2026-03-31");
        Document april = f.invoice(jane, "2026-04-02", "Print", "20.00");
        f.studio.money().pay(OWNER, Pay.of(april.id(), f.usd("20.00")).method("Cash").on(d("2026-04-02")));
        f.post("2026-04-30");
        f.books.unlock(OWNER, RecordRef.movement(pay.movement().id()), "check");
        refused(f, ErrorCode.UNPOSTED_RECORDS, () -> f.books.closePeriod(OWNER, d("2026-03-31")));
        f.post("2026-04-30");
        f.books.unlock(OWNER, RecordRef.document(april.id()), "later record");
        assertThat(f.books.closePeriod(OWNER, d("2026-03-31"))).isEqualTo(d("2026-03-31"));
        assertThat(f.studio.audit().entries()).extracting(AuditEntry::action).contains("CLOSE_PERIOD");

        // money dated after the lock date may apply to a document dated before it; the invoice then posts after it
        f.studio.money().pay(OWNER, Pay.of(unpaid.id(), f.usd("100.00")).method("Cash").on(d("2026-04-05")));
        PostingBatch may = f.post("2026-05-31");
        assertThat(may.adjusted()).containsExactly(RecordRef.document(april.id()));
        assertThat(journal(may)).containsExactly(
                "DOCUMENT 2026-05-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "MOVEMENT 2026-04-05 payment 3: Undeposited Funds dr 100.00; Accounts Receivable (Jane Doe) cr 100.00");
    }

    @Test
    @DisplayName("LCK-3 PERIOD_CLOSED on create, edit (old and new date), void, unlock, refund and post into the closed period")
    void periodClosedRefusals() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-03")));
        f.post("2026-03-31");
        f.books.closePeriod(OWNER, d("2026-03-31"));
        Document april = f.invoice(jane, "2026-04-02", "Print", "10.00");
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.invoice(jane, "2026-03-31", "Print", "10.00"));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.invoices().edit(OWNER, april.id(),
                new DocumentChange(d("2026-03-30"), null, null, null, null)));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.invoices().edit(OWNER, inv.id(),
                new DocumentChange(d("2026-04-03"), null, null, null, null)));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.money().voidMovement(OWNER, pay.movement().id()));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.unlock(OWNER, RecordRef.movement(pay.movement().id()), "x"));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.post(OWNER, PostingRequest.through(d("2026-03-31"))));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.post(OWNER, PostingRequest.through(d("2026-03-15"))));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.closePeriod(OWNER, d("2026-03-31")));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.money().edit(OWNER, pay.movement().id(), d("2026-04-01"),
                null, null));
        // an un-apply dated after the lock date takes a payment dated before it off its invoice
        f.studio.money().unapply(OWNER, Unapply.of(pay.movement().id()).on(d("2026-04-03")));
        assertThat(journal(f.post("2026-04-30"))).containsExactly(
                "DOCUMENT 2026-04-02 invoice 1002: Accounts Receivable (Jane Doe) dr 10.00; General Sales cr 10.00",
                "MOVEMENT 2026-04-03 unapply 2: Accounts Receivable (Jane Doe) dr 100.00; "
                        + "Customer Deposits (Jane Doe) cr 100.00");
    }

    @Test
    @DisplayName("ERR-1 permission, then malformed values, then PERIOD_CLOSED, then LOCKED, then business rules")
    void refusalOrder() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.post("2026-03-31");
        f.books.closePeriod(OWNER, d("2026-03-31"));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.post(CLERK, PostingRequest.through(d("2026-03-15"))));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.unlock(CLERK, RecordRef.document(inv.id()), " "));
        refused(f, ErrorCode.VALIDATION, () -> f.books.unlock(OWNER, RecordRef.document(inv.id()), " "));
        refused(f, ErrorCode.NOT_FOUND, () -> f.books.unlock(OWNER, RecordRef.document(4242), "why"));
        // a locked invoice in the closed period: PERIOD_CLOSED before LOCKED
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.invoices().edit(OWNER, inv.id(),
                new DocumentChange(null, List.of(Line.of("Print", 1, f.usd("90.00"))), null, null, null)));
        // a payment in the closed period that also overpays: PERIOD_CLOSED before OVERPAYMENT
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("500.00"))
                .method("Cash").on(d("2026-03-20"))));
        // an over-payment after the lock date on a locked invoice is a business rule, not LOCKED
        refused(f, ErrorCode.OVERPAYMENT, () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("500.00"))
                .method("Cash").on(d("2026-04-02"))));
    }

    @Test
    @DisplayName("ERR-1 a run with an unknown payment method and a closed cut-off is refused with VALIDATION (malformed value) before PERIOD_CLOSED")
    void postValidationBeforePeriodClosed() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.post("2026-03-31");
        f.books.closePeriod(OWNER, d("2026-03-31"));
        refused(f, ErrorCode.VALIDATION, () -> f.books.post(OWNER,
                new PostingRequest(d("2026-03-15"), Set.of("Bitcoin"))));
    }

    @Test
    @DisplayName("DOC-12 voiding again a void payment that was posted and locked again is NO_CHANGE (a void record is as good as gone)")
    void revoidLockedVoidMovement() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Cash").on(d("2026-03-03")));
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.movement(pay.movement().id()), "bounced");
        f.studio.money().voidMovement(OWNER, pay.movement().id());
        f.post("2026-04-30");
        refused(f, ErrorCode.NO_CHANGE, () -> f.studio.money().voidMovement(OWNER, pay.movement().id()));
    }

    @Test
    @DisplayName("LCK-2 DEP-4 DOC-12 unlocking and voiding a posted deposit refund reverses its application and its refund and voids its $0 invoice")
    void voidPostedDepositRefund() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("100.00")).method("Cash")
                .on(d("2026-03-01")));
        Receipt ref = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("30.00"))
                .method("Cash").on(d("2026-03-04")));
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.movement(ref.application().id()), "not refunded");
        refused(f, ErrorCode.LOCKED, () -> f.studio.money().voidMovement(OWNER, ref.movement().id()));
        f.books.unlock(OWNER, RecordRef.movement(ref.movement().id()), "not refunded");
        refused(f, ErrorCode.LOCKED, () -> f.studio.money().voidMovement(OWNER, ref.movement().id()));
        f.books.unlock(OWNER, RecordRef.document(ref.document().id()), "not refunded");
        f.studio.money().voidMovement(OWNER, ref.movement().id());
        assertThat(f.studio.invoices().get(ref.document().id()).voided()).isTrue();
        assertThat(journal(f.post("2026-04-30"))).containsExactly(
                "ADJUSTMENT 2026-04-30 application 2: Accounts Receivable (Jane Doe) dr 30.00; "
                        + "Customer Deposits (Jane Doe) cr 30.00",
                "ADJUSTMENT 2026-04-30 refund 3: Undeposited Funds dr 30.00; Accounts Receivable (Jane Doe) cr 30.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "-100.00", "Undeposited Funds", "100.00");
        assertThat(f.books.reports().arAging(d("2026-04-30")).total()).isEqualTo(f.usd("-100.00"));
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("DOC-12 voiding again a void record is NO_CHANGE, once relocked and in a closed period alike")
    void revoidOrder() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document gone = f.invoice(jane, "2026-03-02", "Print", "5.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-03-03")));
        f.studio.money().voidMovement(OWNER, pay.movement().id());
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(gone.id()), "not sold");
        f.studio.invoices().voidDocument(OWNER, gone.id());
        f.post("2026-04-30");
        refused(f, ErrorCode.NO_CHANGE, () -> f.studio.invoices().voidDocument(OWNER, gone.id()));
        f.books.closePeriod(OWNER, d("2026-03-31"));
        refused(f, ErrorCode.NO_CHANGE, () -> f.studio.money().voidMovement(OWNER, pay.movement().id()));
    }
}
