package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;
import static org.studiokit.posting.PostingChecks.journal;
import static org.studiokit.posting.PostingChecks.trialBalance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PreviewItem;

/** PST-1 and PST-2: what a run posts, with hand-computed journals. */
class EligibilityRulesTest {

    private static Map<String, String> notEligible(Fixture f, PostingRequest r) {
        return f.books.preview(r).stream().filter(p -> !p.eligible())
                .collect(Collectors.toMap(PreviewItem::label, PreviewItem::reason));
    }

    @Test
    @DisplayName("PST-2 cash basis: a credit memo posts only when its balance is 0 and the document it transferred credit to posts")
    void creditMemoWaitsForTransferTarget() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-02")));
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-05"), false, null, "damaged");
        Document other = f.invoice(jane, "2026-03-07", "Album", "80.00");
        f.studio.money().refund(OWNER, Refund.of(memo.id(), f.usd("60.00")).method("Cash").on(d("2026-03-06")));
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), other.id(), f.usd("40.00")).on(d("2026-03-07")));
        assertThat(f.studio.invoices().balance(memo.id())).isEqualTo(f.usd("0.00"));

        assertThat(notEligible(f, PostingRequest.through(d("2026-03-31"))))
                .containsKeys("credit memo 1002", "invoice 1003").doesNotContainKey("invoice 1001");
        PostingBatch first = f.post("2026-03-31");
        assertThat(first.documents()).containsExactly(inv.id());
        assertThat(first.movements()).hasSize(3);
        assertThat(journal(first)).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "MOVEMENT 2026-03-02 payment 1: Undeposited Funds dr 100.00; Accounts Receivable (Jane Doe) cr 100.00",
                "MOVEMENT 2026-03-06 refund 2: Customer Deposits (Jane Doe) dr 60.00; Undeposited Funds cr 60.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "60.00", "Undeposited Funds", "40.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();

        f.studio.money().pay(OWNER, Pay.of(other.id(), f.usd("40.00")).method("Cash").on(d("2026-04-02")));
        PostingBatch second = f.post("2026-04-30");
        assertThat(second.documents()).containsExactly(memo.id(), other.id());
        assertThat(journal(second)).containsExactly(
                "DOCUMENT 2026-04-30 credit memo 1002: General Sales dr 100.00; Accounts Receivable (Jane Doe) cr 100.00",
                "DEPOSITS_TO_AR 2026-04-30 credit memo 1002: Accounts Receivable (Jane Doe) dr 100.00; "
                        + "Customer Deposits (Jane Doe) cr 100.00",
                "DOCUMENT 2026-04-30 invoice 1003: Accounts Receivable (Jane Doe) dr 80.00; General Sales cr 80.00",
                "DEPOSITS_TO_AR 2026-04-30 invoice 1003: Customer Deposits (Jane Doe) dr 40.00; "
                        + "Accounts Receivable (Jane Doe) cr 40.00",
                "MOVEMENT 2026-04-02 payment 4: Undeposited Funds dr 40.00; Accounts Receivable (Jane Doe) cr 40.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "0.00", "General Sales", "-80.00",
                "Undeposited Funds", "80.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-2 paid in full and delivered: a deposit refund's $0 invoice counts as delivered; credit memos follow the paid-in-full rule")
    void paidInFullAndDelivered() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL_AND_DELIVERED);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("200.00")).method("Cash")
                .on(d("2026-03-01")));
        Receipt refund = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("80.00"))
                .method("Cash").on(d("2026-03-04")));
        Document a = f.invoice(jane, "2026-03-05", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(a.id(), f.usd("100.00")).method("Cash").on(d("2026-03-05")));
        Document b = f.invoice(jane, "2026-03-06", "Print", "50.00");
        f.studio.money().pay(OWNER, Pay.of(b.id(), f.usd("50.00")).method("Cash").on(d("2026-03-06")));
        f.studio.invoices().markDelivered(OWNER, b.id(), d("2026-04-03"));
        Document c = f.invoice(jane, "2026-03-07", "Print", "30.00");
        f.studio.money().pay(OWNER, Pay.of(c.id(), f.usd("30.00")).method("Cash").on(d("2026-03-07")));
        f.studio.invoices().markDelivered(OWNER, c.id(), d("2026-03-20"));
        Document memo = f.studio.invoices().creditMemo(OWNER, c.id(), d("2026-03-21"), false, null, "returned");
        f.studio.money().refund(OWNER, Refund.of(memo.id(), f.usd("30.00")).method("Cash").on(d("2026-03-22")));

        PostingBatch first = f.post("2026-03-31");
        assertThat(first.documents()).containsExactly(refund.document().id(), c.id(), memo.id());
        assertThat(journal(first)).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1004: Accounts Receivable (Jane Doe) dr 30.00; General Sales cr 30.00",
                "DOCUMENT 2026-03-31 credit memo 1005: General Sales dr 30.00; Accounts Receivable (Jane Doe) cr 30.00",
                "MOVEMENT 2026-03-01 deposit 1: Undeposited Funds dr 200.00; Customer Deposits (Jane Doe) cr 200.00",
                "MOVEMENT 2026-03-04 application 2: Customer Deposits (Jane Doe) dr 80.00; "
                        + "Accounts Receivable (Jane Doe) cr 80.00",
                "MOVEMENT 2026-03-04 refund 3: Accounts Receivable (Jane Doe) dr 80.00; Undeposited Funds cr 80.00",
                "MOVEMENT 2026-03-05 payment 4: Undeposited Funds dr 100.00; Customer Deposits (Jane Doe) cr 100.00",
                "MOVEMENT 2026-03-06 payment 5: Undeposited Funds dr 50.00; Customer Deposits (Jane Doe) cr 50.00",
                "MOVEMENT 2026-03-07 payment 6: Undeposited Funds dr 30.00; Accounts Receivable (Jane Doe) cr 30.00",
                "MOVEMENT 2026-03-22 refund 7: Accounts Receivable (Jane Doe) dr 30.00; Undeposited Funds cr 30.00");
        trialBalance(f, "Undeposited Funds", "270.00", "Customer Deposits", "-270.00", "Accounts Receivable", "0.00",
                "General Sales", "0.00");
        assertThat(notEligible(f, PostingRequest.through(d("2026-04-30"))))
                .containsEntry("invoice 1002", "not paid in full and delivered");

        f.studio.invoices().markDelivered(OWNER, a.id(), d("2026-04-01"));
        PostingBatch second = f.post("2026-04-02");
        assertThat(second.documents()).containsExactly(a.id());
        assertThat(journal(second)).containsExactly(
                "DOCUMENT 2026-04-02 invoice 1002: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DEPOSITS_TO_AR 2026-04-02 invoice 1002: Customer Deposits (Jane Doe) dr 100.00; "
                        + "Accounts Receivable (Jane Doe) cr 100.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-1 PST-2 a bank-deposit run counts only its methods' money; the invoice posts with the run that settles it")
    void filteredRunsAndCashBasis() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-03")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Credit Card").on(d("2026-03-04")));
        PostingRequest cash = new PostingRequest(d("2026-03-31"), Set.of("Cash"));
        assertThat(notEligible(f, cash)).containsEntry("payment 2", "payment method not in this deposit")
                .containsEntry("invoice 1001", "not paid in full");
        PostingBatch first = f.books.post(OWNER, cash).orElseThrow();
        assertThat(journal(first)).containsExactly(
                "MOVEMENT 2026-03-03 payment 1: Undeposited Funds dr 60.00; Customer Deposits (Jane Doe) cr 60.00");
        PostingBatch second = f.books.post(OWNER, new PostingRequest(d("2026-03-31"), Set.of("Credit Card")))
                .orElseThrow();
        assertThat(journal(second)).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DEPOSITS_TO_AR 2026-03-31 invoice 1001: Customer Deposits (Jane Doe) dr 60.00; "
                        + "Accounts Receivable (Jane Doe) cr 60.00",
                "MOVEMENT 2026-03-04 payment 2: Undeposited Funds dr 40.00; Accounts Receivable (Jane Doe) cr 40.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "0.00", "Undeposited Funds", "100.00");
    }

    @Test
    @DisplayName("PST-1 the method filter does not limit deposit applications or credit transfers")
    void filterLimitsOnlyMoneyThatChangesHands() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("50.00")).method("Credit Card")
                .on(d("2026-03-01")));
        f.post("2026-03-01");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt app = f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(),
                f.usd("50.00")).on(d("2026-03-02")));
        Document memo = PostingChecks.clientMemo(f, jane, "2026-03-03", "Print", "20.00");
        Receipt trf = f.studio.money().transfer(OWNER, Transfer.of(memo.id(), inv.id(), f.usd("20.00"))
                .on(d("2026-03-03")));
        PostingBatch cash = f.books.post(OWNER, new PostingRequest(d("2026-03-31"), Set.of("Cash"))).orElseThrow();
        assertThat(cash.documents()).containsExactly(inv.id(), memo.id());
        assertThat(cash.movements()).containsExactly(app.movement().id(), trf.movement().id());
        assertThat(journal(cash)).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DOCUMENT 2026-03-03 credit memo 1002: General Sales dr 20.00; Accounts Receivable (Jane Doe) cr 20.00",
                "MOVEMENT 2026-03-02 application 2: Customer Deposits (Jane Doe) dr 50.00; "
                        + "Accounts Receivable (Jane Doe) cr 50.00");
        trialBalance(f, "Accounts Receivable", "30.00", "Customer Deposits", "0.00", "Undeposited Funds", "50.00");
    }

    @Test
    @DisplayName("PST-1 dependencies: an un-apply waits for its payment, an application for its un-apply, a deposit refund's application for its refund")
    void dependencies() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Credit Card")
                .on(d("2026-03-02")));
        Receipt un = f.studio.money().unapply(OWNER, Unapply.of(pay.movement().id()).on(d("2026-03-10")));
        Receipt ref = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(un.movement().id(), f.usd("30.00"))
                .method("Cash").on(d("2026-03-12")));
        PostingRequest cash = new PostingRequest(d("2026-03-31"), Set.of("Cash"));
        assertThat(notEligible(f, cash)).containsEntry("payment 1", "payment method not in this deposit")
                .containsEntry("unapply 2", "waits for movement 1 to post")
                .containsEntry("application 3", "waits for movement 2 to post")
                .containsEntry("refund 4", "posts with movement 3");
        PostingBatch first = f.books.post(OWNER, cash).orElseThrow();
        assertThat(first.documents()).containsExactly(inv.id(), ref.document().id());
        assertThat(first.movements()).isEmpty();
        assertThat(journal(first)).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00");

        PostingBatch second = f.post("2026-03-31");
        assertThat(journal(second)).containsExactly(
                "MOVEMENT 2026-03-02 payment 1: Undeposited Funds dr 100.00; Accounts Receivable (Jane Doe) cr 100.00",
                "MOVEMENT 2026-03-10 unapply 2: Accounts Receivable (Jane Doe) dr 100.00; "
                        + "Customer Deposits (Jane Doe) cr 100.00",
                "MOVEMENT 2026-03-12 application 3: Customer Deposits (Jane Doe) dr 30.00; "
                        + "Accounts Receivable (Jane Doe) cr 30.00",
                "MOVEMENT 2026-03-12 refund 4: Accounts Receivable (Jane Doe) dr 30.00; Undeposited Funds cr 30.00");
        trialBalance(f, "Accounts Receivable", "100.00", "Customer Deposits", "-70.00", "Undeposited Funds", "70.00",
                "General Sales", "-100.00");
        var aging = f.books.reports().arAging(d("2026-03-31"));
        assertThat(aging.rows()).singleElement().satisfies(r -> {
            assertThat(r.current()).isEqualTo(f.usd("100.00"));
            assertThat(r.deposits()).isEqualTo(f.usd("-70.00"));
            assertThat(r.total()).isEqualTo(f.usd("30.00"));
        });
        assertThat(f.books.reports().depositReconciliation(null).total()).isEqualTo(f.usd("-70.00"));
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-1 a deposit refund's application posts only in the run of its refund, even when its deposit is posted")
    void depositRefundApplicationWaitsForRefundMethod() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("100.00")).method("Cash")
                .on(d("2026-03-01")));
        f.post("2026-03-01");
        Receipt ref = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("25.00"))
                .method("Check").on(d("2026-03-04")));
        PostingRequest cash = new PostingRequest(d("2026-03-31"), Set.of("Cash"));
        assertThat(notEligible(f, cash)).containsEntry("refund 3", "payment method not in this deposit")
                .containsEntry("application 2", "posts with movement 3");
        f.books.post(OWNER, cash);
        assertThat(f.studio.money().get(ref.application().id()).lock().posted()).isFalse();
        PostingBatch checks = f.books.post(OWNER, new PostingRequest(d("2026-03-31"), Set.of("Check"))).orElseThrow();
        assertThat(checks.movements()).containsExactly(ref.application().id(), ref.movement().id());
        trialBalance(f, "Customer Deposits", "-75.00", "Undeposited Funds", "75.00", "Accounts Receivable", "0.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-2 cash basis counts money posted by earlier runs or this run only, and only money dated on or before the cut-off")
    void cashBasisCountsPostedMoneyOnly() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Cash").on(d("2026-03-03")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Cash").on(d("2026-03-20")));
        PostingBatch first = f.post("2026-03-15");
        assertThat(first.documents()).isEmpty();
        assertThat(f.books.preview(PostingRequest.through(d("2026-03-31")))).filteredOn(PreviewItem::eligible)
                .extracting(PreviewItem::label).containsExactly("invoice 1001", "payment 2");
        List<String> rows = journal(f.post("2026-03-31"));
        assertThat(rows).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DEPOSITS_TO_AR 2026-03-31 invoice 1001: Customer Deposits (Jane Doe) dr 50.00; "
                        + "Accounts Receivable (Jane Doe) cr 50.00",
                "MOVEMENT 2026-03-20 payment 2: Undeposited Funds dr 50.00; Accounts Receivable (Jane Doe) cr 50.00");
    }

    @Test
    @DisplayName("DEP-4 editing a deposit refund's date keeps its $0 invoice dated with the refund")
    void depositRefundDateEditMovesItsInvoice() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("100.00")).method("Cash")
                .on(d("2026-03-01")));
        Receipt ref = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("30.00"))
                .method("Cash").on(d("2026-03-04")));
        f.studio.money().edit(OWNER, ref.movement().id(), d("2026-03-20"), null, null);
        assertThat(f.store.movements().find(ref.application().id()).orElseThrow().date())
                .isEqualTo(d("2026-03-20"));
        assertThat(f.studio.invoices().get(ref.document().id()).date()).isEqualTo(d("2026-03-20"));
    }
}
