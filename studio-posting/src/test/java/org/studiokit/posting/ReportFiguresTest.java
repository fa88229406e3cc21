package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;
import static org.studiokit.posting.PostingChecks.clientMemo;
import static org.studiokit.posting.PostingChecks.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.report.AgingRow;
import org.studiokit.posting.report.CashReceipts;
import org.studiokit.posting.report.DepositReconciliation;
import org.studiokit.posting.report.Reconciliation;
import org.studiokit.posting.report.SalesTax;
import org.studiokit.posting.report.TaxDetail;
import org.studiokit.posting.journal.RecordRef;

/** RPT-1..6 against hand-computed figures. */
class ReportFiguresTest {

    private static String row(AgingRow r) {
        return r.client() + ": " + r.current() + " " + r.days31to60() + " " + r.days61to90() + " " + r.days91plus()
                + " dep " + r.deposits() + " = " + r.total();
    }

    @Test
    @DisplayName("RPT-1 aging as of a date: later money ignored, credit memos and deposits negative, void and estimates left out, rows in client number order")
    void agingAsOf() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client zed = f.client("Zed");
        Client amy = f.client("Amy");
        Client nil = f.client("Nil");
        Document z1 = f.invoice(zed, "2026-03-01", "Print", "200.00");
        f.studio.money().pay(OWNER, Pay.of(z1.id(), f.usd("50.00")).method("Cash").on(d("2026-04-10")));
        f.studio.money().pay(OWNER, Pay.of(z1.id(), f.usd("50.00")).method("Cash").on(d("2026-05-05")));
        clientMemo(f, zed, "2026-04-20", "Print", "30.00");
        f.studio.money().deposit(OWNER, Deposit.of(zed.id(), f.usd("25.00")).method("Cash").on(d("2026-04-25")));
        f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, zed.id(), d("2026-04-01"))
                .line(Line.of("Album", 1, f.usd("999.00"))));
        Document gone = f.invoice(zed, "2026-04-02", "Print", "70.00");
        f.studio.invoices().voidDocument(OWNER, gone.id());

        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(amy.id(), f.usd("60.00")).method("Cash")
                .on(d("2026-03-01")));
        Document a2 = f.invoice(amy, "2026-03-02", "Print", "40.00");
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), a2.id(), f.usd("40.00"))
                .on(d("2026-03-02")));
        Document a3 = f.invoice(amy, "2026-01-30", "Print", "70.00");
        Receipt p = f.studio.money().pay(OWNER, Pay.of(a3.id(), f.usd("70.00")).method("Cash").on(d("2026-02-01")));
        f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(d("2026-04-01")));

        f.invoice(nil, "2026-04-01", "Print", "50.00");
        clientMemo(f, nil, "2026-04-02", "Print", "50.00");

        var aging = f.books.reports().arAging(d("2026-04-30"));
        assertThat(aging.rows()).extracting(ReportFiguresTest::row).containsExactly(
                "Zed: -30.00 150.00 0.00 0.00 dep -25.00 = 95.00",
                "Amy: 0.00 0.00 70.00 0.00 dep -90.00 = -20.00");
        assertThat(aging.total()).isEqualTo(f.usd("75.00"));
        var february = f.books.reports().arAging(d("2026-02-15"));
        assertThat(february.rows()).isEmpty();
        assertThat(february.total()).isEqualTo(f.usd("0.00"));
        var march = f.books.reports().arAging(d("2026-03-31"));
        assertThat(march.rows()).extracting(ReportFiguresTest::row).containsExactly(
                "Zed: 200.00 0.00 0.00 0.00 dep 0.00 = 200.00",
                "Amy: 0.00 0.00 0.00 0.00 dep -20.00 = -20.00");
    }

    /** Jane: invoice 100 with a payment, a deposit application, a credit memo transfer and an un-apply; Bob paid. */
    private static Fixture mixed(PostingPolicyKind policy) {
        Fixture f = Fixture.of(policy);
        Client jane = f.client("Jane Doe");
        Client bob = f.client("Bob Roe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt p1 = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("30.00")).method("Cash").on(d("2026-03-03")));
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("50.00")).method("Cash")
                .on(d("2026-03-04")));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(), f.usd("20.00"))
                .on(d("2026-03-05")));
        Document b = f.invoice(bob, "2026-03-06", "Print", "60.00");
        f.studio.money().pay(OWNER, Pay.of(b.id(), f.usd("60.00")).method("Cash").on(d("2026-03-06")));
        Document memo = clientMemo(f, jane, "2026-03-07", "Print", "10.00");
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), inv.id(), f.usd("10.00")).on(d("2026-03-08")));
        f.studio.money().unapply(OWNER, Unapply.of(p1.movement().id()).on(d("2026-03-09")));
        f.post("2026-03-31");
        return f;
    }

    @Test
    @DisplayName("RPT-2 RPT-3 cash basis: deposit reconciliation rows and total equal GL(Customer Deposits), also as of a date")
    void depositReconciliationCashBasis() {
        Fixture f = mixed(PostingPolicyKind.WHEN_PAID_IN_FULL);
        // deposit 50 − posted application 20 → −30; un-apply 30 → −30;
        // unposted invoice 1001: 30 + 20 + 10 − 30 = 30 → −30; unposted credit memo 1003: −10 transferred out → +10
        DepositReconciliation rec = f.books.reports().depositReconciliation(null);
        assertThat(rec.rows()).extracting(r -> r.kind() + " " + r.number() + " " + r.amount())
                .containsExactlyInAnyOrder("deposit 2 -30.00", "unapply 6 -30.00", "document 1001 -30.00",
                        "document 1003 10.00");
        assertThat(rec.total()).isEqualTo(f.usd("-80.00"));
        assertThat(f.trialBalance()).containsEntry("Customer Deposits", "-80.00");
        Reconciliation r = f.books.reports().reconciliation();
        assertThat(r.left()).isEqualTo(f.usd("-80.00"));
        assertThat(r.holds()).isTrue();
        assertThat(r.items()).anyMatch(i -> i.contains("invoice 1001")).anyMatch(i -> i.contains("credit memo 1003"));
        // as of 03-04: payment 30 and deposit 50 posted and dated by then
        assertThat(f.books.reports().depositReconciliation(d("2026-03-04")).total()).isEqualTo(f.usd("-80.00"));
        assertThat(f.books.reports().trialBalance(d("2026-03-04"), null).accounts().get("Customer Deposits"))
                .isEqualTo(f.usd("-80.00"));
    }

    @Test
    @DisplayName("RPT-1 without a date the aging is the aging as of the latest record date; void records and estimates do not set it")
    void agingDefaultsToTheLatestRecordDate() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client amy = f.client("Amy");
        Document open = f.invoice(amy, "2026-01-05", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(open.id(), f.usd("30.00")).method("Cash").on(d("2026-03-10")));
        Receipt late = f.studio.money().pay(OWNER, Pay.of(open.id(), f.usd("20.00")).method("Cash")
                .on(d("2026-05-01")));
        f.studio.money().voidMovement(OWNER, late.movement().id());
        f.studio.invoices().voidDocument(OWNER, f.invoice(amy, "2026-06-01", "Print", "10.00").id());
        f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, amy.id(), d("2026-07-01"))
                .line(Line.of("Album", 1, f.usd("999.00"))));
        var aging = f.books.reports().arAging(null);
        assertThat(aging.asOf()).isEqualTo(d("2026-03-10"));
        assertThat(aging).isEqualTo(f.books.reports().arAging(d("2026-03-10")));
        assertThat(aging.rows()).extracting(ReportFiguresTest::row)
                .containsExactly("Amy: 0.00 0.00 70.00 0.00 dep 0.00 = 70.00");
        assertThat(Fixture.of(PostingPolicyKind.WHEN_CREATED).books.reports().arAging(null).asOf())
                .as("no records: today by the studio's clock").isEqualTo(d("2026-03-01"));
    }

    @Test
    @DisplayName("RPT-3 accrual, everything posted: GL(A/R) = aging total − deposit reconciliation total")
    void accrualIdentity() {
        Fixture f = mixed(PostingPolicyKind.WHEN_CREATED);
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "70.00")
                .containsEntry("Customer Deposits", "-60.00");
        assertThat(f.books.reports().arAging(null).total()).isEqualTo(f.usd("10.00"));
        assertThat(f.books.reports().depositReconciliation(null).total()).isEqualTo(f.usd("-60.00"));
        Reconciliation r = f.books.reports().reconciliation();
        assertThat(r.left()).isEqualTo(f.usd("70.00"));
        assertThat(r.right()).isEqualTo(f.usd("70.00"));
        assertThat(r.holds()).isTrue();
        assertThat(r.items()).isEmpty();
    }

    @Test
    @DisplayName("RPT-4 cash receipts: payments, deposits and refunds only; applications, transfers, un-applies, write-offs and voids are not receipts")
    void cashReceiptsOnlyMoneyThatChangedHands() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document j = f.invoice(jane, "2026-03-02", "Album", "80.00");
        Receipt cash = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-02")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Credit Card").on(d("2026-03-02")));
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("50.00")).method("Check")
                .on(d("2026-03-03")));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), j.id(), f.usd("20.00"))
                .on(d("2026-03-03")));
        f.studio.money().unapply(OWNER, Unapply.of(cash.movement().id()).on(d("2026-03-04")));
        f.studio.money().writeOff(OWNER, WriteOff.of(inv.id(), f.usd("10.00")).on(d("2026-03-04")));
        f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.usd("20.00")).method("Check")
                .on(d("2026-03-05")));
        Receipt voided = f.studio.money().pay(OWNER, Pay.of(j.id(), f.usd("15.00")).method("Cash").on(d("2026-03-05")));
        f.studio.money().voidMovement(OWNER, voided.movement().id());
        Document memo = clientMemo(f, jane, "2026-03-06", "Print", "5.00");
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), j.id(), f.usd("5.00")).on(d("2026-03-06")));

        CashReceipts all = f.books.reports().cashReceipts(null, null);
        assertThat(all.days()).extracting(r -> r.date() + " " + new TreeMap<>(r.methods()) + " cards " + r.cards()
                + " other " + r.other() + " = " + r.total()).containsExactly(
                        "2026-03-02 {Cash=60.00, Credit Card=40.00} cards 40.00 other 60.00 = 100.00",
                        "2026-03-03 {Check=50.00} cards 0.00 other 50.00 = 50.00",
                        "2026-03-05 {Check=-20.00} cards 0.00 other -20.00 = -20.00");
        assertThat(all.total()).isEqualTo(f.usd("130.00"));
        assertThat(f.books.reports().cashReceipts(d("2026-03-03"), d("2026-03-05")).total())
                .isEqualTo(f.usd("30.00"));
    }

    @Test
    @DisplayName("RPT-5 sales tax by posting date: credit memos negative, an adjustment's differences on its own date, write-offs left out")
    void salesTax() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "5", null)).defaultTaxes(List.of("ST")).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-10")).line(Line.of("Print", 1, f.usd("100.00")))
                .line(Line.of("Retouch", 1, f.usd("20.00")).withTaxes(List.of())).withShipping(f.usd("10.00")));
        assertThat(inv.total()).isEqualTo(f.usd("135.00"));
        f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-20"), false,
                List.of(Line.of("Print", -1, f.usd("100.00"))), "reprint");
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "price");
        f.studio.invoices().edit(OWNER, inv.id(), new DocumentChange(null, List.of(Line.of("Print", 1,
                f.usd("200.00")), Line.of("Retouch", 1, f.usd("20.00")).withTaxes(List.of())), null, null, null));
        Document w = f.invoice(jane, "2026-04-05", "Print", "50.00");
        f.studio.money().writeOff(OWNER, WriteOff.of(w.id(), f.usd("52.50")).on(d("2026-04-10")));
        f.post("2026-04-30");

        SalesTax march = f.books.reports().salesTax(d("2026-03-01"), d("2026-03-31"));
        assertThat(march.rates()).extracting(r -> r.code() + " " + r.taxable() + " " + r.nonTaxable() + " " + r.tax())
                .containsExactly("ST 0.00 20.00 0.00");
        assertThat(march.totalTax()).isEqualTo(f.usd("0.00"));
        assertThat(march.shipping()).isEqualTo(f.usd("10.00"));
        assertThat(march.total()).isEqualTo(f.usd("30.00"));
        assertThat(march.details()).extracting(TaxDetail::document).containsExactlyInAnyOrder(1001L, 1002L);

        SalesTax april = f.books.reports().salesTax(d("2026-04-01"), d("2026-04-30"));
        assertThat(april.rates()).extracting(r -> r.code() + " " + r.taxable() + " " + r.nonTaxable() + " " + r.tax())
                .containsExactly("ST 150.00 0.00 7.50");
        assertThat(april.totalTax()).isEqualTo(f.usd("7.50"));
        assertThat(april.shipping()).isEqualTo(f.usd("0.00"));
        assertThat(april.total()).isEqualTo(f.usd("157.50"));
        assertThat(april.details()).extracting(t -> t.date() + " " + t.document() + " " + t.tax())
                .containsExactlyInAnyOrder("2026-04-30 1001 5.00", "2026-04-05 1003 2.50");

        LocalDate[][] ranges = {{d("2026-03-01"), d("2026-03-31")}, {d("2026-04-01"), d("2026-04-30")}, {null, null}};
        for (LocalDate[] r : ranges) {
            SalesTax full = f.books.reports().salesTax(r[0], r[1]);
            assertThat(f.books.reports().salesTax(r[0], r[1], false)).as("totals without the detail, %s", r[0])
                    .isEqualTo(new SalesTax(full.rates(), full.totalTax(), full.shipping(), full.total(), List.of()));
        }
        assertThat(f.books.reports().salesTax(null, null).total()).isEqualTo(f.usd("187.50"));
    }

    @Test
    @DisplayName("RPT-6 trial balance as of a date or a batch: every account with a line in scope, zero balances included, sums to zero")
    void trialBalanceScopes() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Cash").on(d("2026-03-10")));
        f.post("2026-03-31");
        Document j = f.invoice(jane, "2026-04-02", "Print", "50.00");
        f.studio.money().pay(OWNER, Pay.of(j.id(), f.usd("50.00")).method("Cash").on(d("2026-04-03")));
        f.post("2026-04-30");
        Map<String, Money> mid = f.books.reports().trialBalance(d("2026-03-15"), null).accounts();
        // PST-3: the payment keeps its date, the cash-basis invoice is dated with the cut-off
        assertThat(mid).containsEntry("Accounts Receivable", f.usd("-100.00"))
                .containsEntry("Undeposited Funds", f.usd("100.00")).doesNotContainKey("General Sales");
        assertThat(f.books.reports().trialBalance(null, 1L).accounts()).containsEntry("Accounts Receivable",
                f.usd("0.00")).containsEntry("General Sales", f.usd("-100.00"));
        assertThat(f.books.reports().trialBalance(d("2026-04-02"), null).accounts())
                .containsEntry("Accounts Receivable", f.usd("0.00"))
                .containsEntry("Undeposited Funds", f.usd("100.00"));
        var all = f.books.reports().trialBalance(null, null);
        assertThat(all.accounts()).containsOnlyKeys("Accounts Receivable", "General Sales", "Undeposited Funds")
                .containsEntry("Accounts Receivable", f.usd("0.00")).containsEntry("Undeposited Funds",
                        f.usd("150.00"));
        assertThat(all.total()).isEqualTo(f.usd("0.00"));
        assertThat(journal(f.books.batch(2))).hasSize(2);
    }
}
