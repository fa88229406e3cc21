package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.math.BigDecimal;
import java.util.List;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.posting.journal.PostingBatch;

/** PST-4 golden posting tables: for each event and policy, the expected journal lines. */
class GoldenPostingTest {

    @Test
    @DisplayName("PST-4 WHEN_CREATED: an invoice and its payment in one run book A/R then cash against A/R")
    void invoiceAndPaymentAccrual() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Session fee", "150.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Check").on(d("2026-03-03")));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 150.00 | ",
                "DOCUMENT 2026-03-02 | General Sales |  | 150.00",
                "MOVEMENT 2026-03-03 | Undeposited Funds | 50.00 | ",
                "MOVEMENT 2026-03-03 | Accounts Receivable (Jane Doe) |  | 50.00");
        assertThat(batch.debits()).isEqualTo(f.usd("200.00"));
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "100.00");
    }

    @Test
    @DisplayName("PST-4 WHEN_PAID_IN_FULL: a payment posted before its invoice sits in Customer Deposits, then moves to A/R")
    void cashBasisPaymentBeforeInvoicePosts() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Session fee", "150.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Check").on(d("2026-03-03")));
        PostingBatch first = f.post("2026-03-15");
        assertThat(Fixture.table(first)).containsExactly(
                "MOVEMENT 2026-03-03 | Undeposited Funds | 50.00 | ",
                "MOVEMENT 2026-03-03 | Customer Deposits (Jane Doe) |  | 50.00");
        assertThat(first.documents()).isEmpty();
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-20")));
        PostingBatch second = f.post("2026-03-31");
        assertThat(Fixture.table(second)).containsExactly(
                "DOCUMENT 2026-03-31 | Accounts Receivable (Jane Doe) | 150.00 | ",
                "DOCUMENT 2026-03-31 | General Sales |  | 150.00",
                "DEPOSITS_TO_AR 2026-03-31 | Customer Deposits (Jane Doe) | 50.00 | ",
                "DEPOSITS_TO_AR 2026-03-31 | Accounts Receivable (Jane Doe) |  | 50.00",
                "MOVEMENT 2026-03-20 | Undeposited Funds | 100.00 | ",
                "MOVEMENT 2026-03-20 | Accounts Receivable (Jane Doe) |  | 100.00");
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "0.00")
                .containsEntry("Customer Deposits", "0.00").containsEntry("Undeposited Funds", "150.00");
    }

    @Test
    @DisplayName("PST-4 deposit applied to an unposted invoice books nothing until the invoice posts")
    void depositAppliedToUnpostedInvoice() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("200.00")).method("Cash")
                .on(d("2026-03-01")));
        PostingBatch first = f.post("2026-03-01");
        assertThat(Fixture.table(first)).containsExactly(
                "MOVEMENT 2026-03-01 | Undeposited Funds | 200.00 | ",
                "MOVEMENT 2026-03-01 | Customer Deposits (Jane Doe) |  | 200.00");
        Document inv = f.invoice(jane, "2026-03-05", "Album", "300.00");
        Receipt app = f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(),
                f.usd("200.00")).on(d("2026-03-05")));
        PostingBatch second = f.post("2026-03-10");
        assertThat(second.documents()).isEmpty();
        assertThat(second.entries()).isEmpty();
        assertThat(second.movements()).containsExactly(app.movement().id());
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check").on(d("2026-03-12")));
        PostingBatch third = f.post("2026-03-31");
        assertThat(Fixture.table(third)).containsExactly(
                "DOCUMENT 2026-03-31 | Accounts Receivable (Jane Doe) | 300.00 | ",
                "DOCUMENT 2026-03-31 | General Sales |  | 300.00",
                "DEPOSITS_TO_AR 2026-03-31 | Customer Deposits (Jane Doe) | 200.00 | ",
                "DEPOSITS_TO_AR 2026-03-31 | Accounts Receivable (Jane Doe) |  | 200.00",
                "MOVEMENT 2026-03-12 | Undeposited Funds | 100.00 | ",
                "MOVEMENT 2026-03-12 | Accounts Receivable (Jane Doe) |  | 100.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("DEP-4 PST-4 a refunded deposit: the $0 invoice, its application and the refund net to cash out of Customer Deposits")
    void refundedDeposit() {
        for (PostingPolicyKind policy : List.of(PostingPolicyKind.WHEN_CREATED, PostingPolicyKind.WHEN_PAID_IN_FULL)) {
            Fixture f = Fixture.of(policy);
            Client jane = f.client("Jane Doe");
            Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("200.00")).method("Cash")
                    .on(d("2026-03-01")));
            f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("80.00")).method("Cash")
                    .on(d("2026-03-04")));
            PostingBatch batch = f.post("2026-03-31");
            assertThat(Fixture.table(batch)).as(policy.name()).containsExactly(
                    "MOVEMENT 2026-03-01 | Undeposited Funds | 200.00 | ",
                    "MOVEMENT 2026-03-01 | Customer Deposits (Jane Doe) |  | 200.00",
                    "MOVEMENT 2026-03-04 | Customer Deposits (Jane Doe) | 80.00 | ",
                    "MOVEMENT 2026-03-04 | Accounts Receivable (Jane Doe) |  | 80.00",
                    "MOVEMENT 2026-03-04 | Accounts Receivable (Jane Doe) | 80.00 | ",
                    "MOVEMENT 2026-03-04 | Undeposited Funds |  | 80.00");
            assertThat(batch.documents()).hasSize(1);
            assertThat(f.trialBalance()).containsEntry("Customer Deposits", "-120.00")
                    .containsEntry("Undeposited Funds", "120.00");
            assertThat(f.books.reports().reconciliation().holds()).as(policy.name()).isTrue();
        }
    }

    @Test
    @DisplayName("PST-4 DOC-9 REF-1 a credit memo refunded: the memo mirrors the invoice, the refund books A/R against cash")
    void creditMemoRefunded() {
        for (PostingPolicyKind policy : List.of(PostingPolicyKind.WHEN_CREATED, PostingPolicyKind.WHEN_PAID_IN_FULL)) {
            Fixture f = Fixture.of(policy);
            Client jane = f.client("Jane Doe");
            Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
            f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check").on(d("2026-03-02")));
            Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-05"), false, null, "damaged");
            assertThat(f.studio.invoices().balance(memo.id())).isEqualTo(f.usd("-100.00"));
            f.studio.money().refund(OWNER, Refund.of(memo.id(), f.usd("100.00")).method("Cash").on(d("2026-03-06")));
            PostingBatch batch = f.post("2026-03-31");
            String docDate = policy == PostingPolicyKind.WHEN_CREATED ? "2026-03-02" : "2026-03-31";
            String memoDate = policy == PostingPolicyKind.WHEN_CREATED ? "2026-03-05" : "2026-03-31";
            assertThat(Fixture.table(batch)).as(policy.name()).containsExactly(
                    "DOCUMENT " + docDate + " | Accounts Receivable (Jane Doe) | 100.00 | ",
                    "DOCUMENT " + docDate + " | General Sales |  | 100.00",
                    "DOCUMENT " + memoDate + " | General Sales | 100.00 | ",
                    "DOCUMENT " + memoDate + " | Accounts Receivable (Jane Doe) |  | 100.00",
                    "MOVEMENT 2026-03-02 | Undeposited Funds | 100.00 | ",
                    "MOVEMENT 2026-03-02 | Accounts Receivable (Jane Doe) |  | 100.00",
                    "MOVEMENT 2026-03-06 | Accounts Receivable (Jane Doe) | 100.00 | ",
                    "MOVEMENT 2026-03-06 | Undeposited Funds |  | 100.00");
            assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "0.00")
                    .containsEntry("Undeposited Funds", "0.00").containsEntry("General Sales", "0.00");
        }
    }

    @Test
    @DisplayName("PST-4 TRF-1 a transfer between two clients moves A/R from one client to the other")
    void transferBetweenClients() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Client bob = f.client("Bob Roe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check").on(d("2026-03-02")));
        Document bobs = f.invoice(bob, "2026-03-03", "Print", "80.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-05"), false,
                List.of(Line.of("Print", -1, f.usd("50.00"))), "gift to Bob");
        Receipt t = f.studio.money().transfer(OWNER, Transfer.of(memo.id(), bobs.id(), f.usd("50.00"))
                .on(d("2026-03-06")));
        assertThat(t.balance()).isEqualTo(f.usd("0.00"));
        assertThat(t.targetBalance()).isEqualTo(f.usd("30.00"));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 100.00 | ",
                "DOCUMENT 2026-03-02 | General Sales |  | 100.00",
                "DOCUMENT 2026-03-03 | Accounts Receivable (Bob Roe) | 80.00 | ",
                "DOCUMENT 2026-03-03 | General Sales |  | 80.00",
                "DOCUMENT 2026-03-05 | General Sales | 50.00 | ",
                "DOCUMENT 2026-03-05 | Accounts Receivable (Jane Doe) |  | 50.00",
                "MOVEMENT 2026-03-02 | Undeposited Funds | 100.00 | ",
                "MOVEMENT 2026-03-02 | Accounts Receivable (Jane Doe) |  | 100.00",
                "MOVEMENT 2026-03-06 | Accounts Receivable (Jane Doe) | 50.00 | ",
                "MOVEMENT 2026-03-06 | Accounts Receivable (Bob Roe) |  | 50.00");
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "30.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-4 PAY-2 an un-applied posted payment books A/R against Customer Deposits")
    void unappliedPayment() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check")
                .on(d("2026-03-02")));
        f.post("2026-03-02");
        f.studio.money().unapply(OWNER, Unapply.of(pay.movement().id()).on(d("2026-03-10")));
        PostingBatch second = f.post("2026-03-31");
        assertThat(Fixture.table(second)).containsExactly(
                "MOVEMENT 2026-03-10 | Accounts Receivable (Jane Doe) | 100.00 | ",
                "MOVEMENT 2026-03-10 | Customer Deposits (Jane Doe) |  | 100.00");
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "100.00")
                .containsEntry("Customer Deposits", "-100.00");
        assertThat(f.books.reports().arAging(d("2026-03-31")).total()).isEqualTo(f.usd("0.00"));
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-4 DOC-11 a write-off books Bad Debt against A/R; the transfer to the invoice nets away")
    void writeOff() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Check").on(d("2026-03-02")));
        Receipt w = f.studio.money().writeOff(OWNER, WriteOff.of(inv.id(), f.usd("40.00")).on(d("2026-03-20")));
        assertThat(w.targetBalance()).isEqualTo(f.usd("0.00"));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 100.00 | ",
                "DOCUMENT 2026-03-02 | General Sales |  | 100.00",
                "DOCUMENT 2026-03-20 | Bad Debt | 40.00 | ",
                "DOCUMENT 2026-03-20 | Accounts Receivable (Jane Doe) |  | 40.00",
                "MOVEMENT 2026-03-02 | Undeposited Funds | 60.00 | ",
                "MOVEMENT 2026-03-02 | Accounts Receivable (Jane Doe) |  | 60.00");
        assertThat(batch.movements()).hasSize(2);
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "0.00").containsEntry("Bad Debt", "40.00");
    }

    @Test
    @DisplayName("PST-4 TAX-2 ADDED: discounts, taxable shipping and two rates book to Discounts, Shipping and Sales Tax Payable")
    void addedTaxWithDiscountAndShipping() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "4", null)).taxRate(TaxRate.of("CITY", "City", "4.5", null))
                .defaultTaxes(List.of("ST", "CITY")).shippingTaxable(true).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-02")).line(Line.of("Portrait", 1, f.usd("100.00")))
                .line(Line.of("Frame", 1, f.usd("50.00")).withTaxes(List.of()))
                .withDiscount(Discount.percent(BigDecimal.TEN)).withShipping(f.usd("10.00")));
        assertThat(inv.totals().taxes()).containsEntry("ST", f.usd("4.00")).containsEntry("CITY", f.usd("4.50"));
        assertThat(inv.total()).isEqualTo(f.usd("153.50"));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 153.50 | ",
                "DOCUMENT 2026-03-02 | Discounts | 15.00 | ",
                "DOCUMENT 2026-03-02 | General Sales |  | 150.00",
                "DOCUMENT 2026-03-02 | Shipping & Handling |  | 10.00",
                "DOCUMENT 2026-03-02 | Sales Tax Payable |  | 8.50");
    }

    @Test
    @DisplayName("PST-4 TAX-2 INCLUSIVE: income is booked net of tax (1000.00 incl. 10 % → 909.09 + 90.91)")
    void inclusiveTax() {
        Fixture f = new Fixture(StudioSettings.defaults("EUR").toBuilder().taxMode(TaxMode.INCLUSIVE)
                .taxRate(TaxRate.of("VAT", "VAT", "10", "VAT Payable")).defaultTaxes(List.of("VAT")).build());
        Client jane = f.client("Jane Doe");
        f.invoice(jane, "2026-03-02", "Wedding album", "1000.00");
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 1000.00 | ",
                "DOCUMENT 2026-03-02 | General Sales |  | 909.09",
                "DOCUMENT 2026-03-02 | VAT Payable |  | 90.91");
    }

    @Test
    @DisplayName("DOC-13 PST-4 a credit memo of a session invoice credits the session type's account, mirroring the invoice")
    void creditMemoUsesOriginalSessionAccount() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .sessionType(new org.studiokit.core.settings.SessionType("Wedding", "Wedding Sales")).build());
        Client jane = f.client("Jane Doe");
        var session = f.studio.sessions().book(OWNER, jane.id(), "Wedding", d("2026-03-01"), null);
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forSession(DocumentType.INITIAL_ORDER,
                session.id(), d("2026-03-02")).line(Line.of("Album", 1, f.usd("500.00"))));
        f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-03"), false, null, "changed mind");
        PostingBatch batch = f.post("2026-03-31");
        assertThat(Fixture.table(batch)).containsExactly(
                "DOCUMENT 2026-03-02 | Accounts Receivable (Jane Doe) | 500.00 | ",
                "DOCUMENT 2026-03-02 | Wedding Sales |  | 500.00",
                "DOCUMENT 2026-03-03 | Wedding Sales | 500.00 | ",
                "DOCUMENT 2026-03-03 | Accounts Receivable (Jane Doe) |  | 500.00");
    }
}
