package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.report.AgingRow;
import org.studiokit.posting.report.ArAging;
import org.studiokit.posting.report.CashReceipts;
import org.studiokit.posting.report.DepositReconciliation;
import org.studiokit.posting.report.SalesTax;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.run.PostingRequest;

/** Reports (RPT-1..7) against hand-computed figures. */
class ReportsTest {

    @Test
    @DisplayName("RPT-1 aging buckets at their boundaries: 30/31, 60/61, 90/91 days, deposits negative")
    void agingBoundaries() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        f.invoice(jane, "2026-05-31", "Print", "1.00");   // 30 days before 06-30: current
        f.invoice(jane, "2026-05-30", "Print", "2.00");   // 31: 31-60
        f.invoice(jane, "2026-05-01", "Print", "4.00");   // 60: 31-60
        f.invoice(jane, "2026-04-30", "Print", "8.00");   // 61: 61-90
        f.invoice(jane, "2026-04-01", "Print", "16.00");  // 90: 61-90
        f.invoice(jane, "2026-03-31", "Print", "32.00");  // 91: 91+
        f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("5.00")).method("Cash").on(d("2026-06-01")));
        Client bob = f.client("Bob Roe");
        Document later = f.invoice(bob, "2026-07-01", "Print", "64.00"); // after the as-of date: left out
        ArAging aging = f.books.reports().arAging(d("2026-06-30"));
        assertThat(aging.rows()).singleElement().satisfies(r -> {
            assertThat(r.client()).isEqualTo("Jane Doe");
            assertThat(r.current()).isEqualTo(f.usd("1.00"));
            assertThat(r.days31to60()).isEqualTo(f.usd("6.00"));
            assertThat(r.days61to90()).isEqualTo(f.usd("24.00"));
            assertThat(r.days91plus()).isEqualTo(f.usd("32.00"));
            assertThat(r.deposits()).isEqualTo(f.usd("-5.00"));
            assertThat(r.total()).isEqualTo(f.usd("58.00"));
        });
        assertThat(aging.total()).isEqualTo(f.usd("58.00"));
        assertThat(f.books.reports().arAging(d("2026-07-01")).rows()).extracting(AgingRow::client)
                .containsExactly("Jane Doe", "Bob Roe");
        assertThat(later.number()).isEqualTo(1007);
    }

    @Test
    @DisplayName("RPT-5 sales tax counts a cash-basis invoice on its posting date, not its invoice date")
    void salesTaxByPostingDate() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .postingPolicy(PostingPolicyKind.WHEN_PAID_IN_FULL)
                .taxRate(TaxRate.of("ST", "State", "5", null)).defaultTaxes(List.of("ST")).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, org.studiokit.core.document.DocumentDraft
                .forClient(org.studiokit.core.document.DocumentType.GENERIC, jane.id(), d("2026-03-10"))
                .line(org.studiokit.core.document.Line.of("Print", 1, f.usd("100.00")))
                .line(org.studiokit.core.document.Line.of("Retouch", 1, f.usd("20.00")).withTaxes(List.of())));
        assertThat(inv.total()).isEqualTo(f.usd("125.00"));
        assertThat(f.books.post(OWNER, PostingRequest.through(d("2026-03-31")))).isEmpty();
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("125.00")).method("Cash").on(d("2026-04-05")));
        f.post("2026-04-30");
        SalesTax march = f.books.reports().salesTax(d("2026-03-01"), d("2026-03-31"));
        assertThat(march.totalTax()).isEqualTo(f.usd("0.00"));
        SalesTax april = f.books.reports().salesTax(d("2026-04-01"), d("2026-04-30"));
        assertThat(april.totalTax()).isEqualTo(f.usd("5.00"));
        assertThat(april.rates()).singleElement().satisfies(r -> {
            assertThat(r.taxable()).isEqualTo(f.usd("100.00"));
            assertThat(r.nonTaxable()).isEqualTo(f.usd("20.00"));
            assertThat(r.tax()).isEqualTo(f.usd("5.00"));
        });
        assertThat(april.details()).singleElement().satisfies(t -> assertThat(t.date()).isEqualTo(d("2026-04-30")));
    }

    @Test
    @DisplayName("RPT-4 cash receipts list payments, deposits and refunds (negative) per day and method")
    void cashReceipts() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-02")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Credit Card").on(d("2026-03-02")));
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("50.00")).method("Check")
                .on(d("2026-03-03")));
        f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("20.00")).method("Check")
                .on(d("2026-03-04")));
        CashReceipts r = f.books.reports().cashReceipts(null, null);
        assertThat(r.days()).hasSize(3);
        assertThat(r.days().get(0).methods()).containsEntry("Cash", f.usd("60.00"))
                .containsEntry("Credit Card", f.usd("40.00"));
        assertThat(r.days().get(0).cards()).isEqualTo(f.usd("40.00"));
        assertThat(r.days().get(2).methods()).containsEntry("Check", f.usd("-20.00"));
        assertThat(r.total()).isEqualTo(f.usd("130.00"));
    }

    @Test
    @DisplayName("RPT-2 RPT-3 cash basis: GL(Customer Deposits) equals the deposit reconciliation, with its rows")
    void depositReconciliation() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("30.00")).method("Cash").on(d("2026-03-02")));
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("50.00")).method("Cash")
                .on(d("2026-03-03")));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(), f.usd("20.00"))
                .on(d("2026-03-04")));
        f.post("2026-03-31");
        DepositReconciliation rec = f.books.reports().depositReconciliation(null);
        // deposit 50 less its posted application 20 → −30; the unposted invoice holds 30 + 20 of posted money → −50
        assertThat(rec.rows()).extracting(r -> r.kind() + " " + r.amount())
                .containsExactly("deposit -30.00", "document -50.00");
        assertThat(rec.total()).isEqualTo(f.usd("-80.00"));
        assertThat(f.trialBalance()).containsEntry("Customer Deposits", "-80.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
        assertThat(f.books.reports().reconciliation().items()).anyMatch(i -> i.contains("invoice"));
    }

    @Test
    @DisplayName("RPT-6 trial balance as of a date or a batch includes zero balances and sums to zero")
    void trialBalance() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.post("2026-03-02");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-05")));
        f.post("2026-03-31");
        var tb = f.books.reports().trialBalance(null, null);
        assertThat(tb.accounts()).containsEntry("Accounts Receivable", f.usd("0.00"));
        assertThat(tb.total()).isEqualTo(f.usd("0.00"));
        assertThat(f.books.reports().trialBalance(null, 1L).accounts())
                .containsEntry("Accounts Receivable", f.usd("100.00")).doesNotContainKey("Undeposited Funds");
        assertThat(f.books.reports().trialBalance(d("2026-03-04"), null).accounts())
                .containsEntry("Accounts Receivable", f.usd("100.00"));
        assertThat(f.books.reports().postingSummary()).hasSize(2)
                .allSatisfy(b -> assertThat(b.debits()).isEqualTo(b.credits()));
    }

    @Test
    @DisplayName("RPT-5 DOC-12 a posted invoice later unlocked and voided is left out of the sales tax report of every period")
    void voidedInvoiceLeavesSalesTax() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "5", null)).defaultTaxes(List.of("ST")).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-10", "Print", "100.00");
        Document kept = f.invoice(jane, "2026-03-11", "Print", "40.00");
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "entered twice");
        f.studio.invoices().voidDocument(OWNER, inv.id());
        f.post("2026-04-30");
        SalesTax all = f.books.reports().salesTax(null, null);
        assertThat(all.details()).extracting(t -> t.document()).containsExactly(kept.number());
        assertThat(all.totalTax()).isEqualTo(f.usd("2.00"));
        assertThat(f.trialBalance()).containsEntry("Sales Tax Payable", "-2.00");
    }
}
