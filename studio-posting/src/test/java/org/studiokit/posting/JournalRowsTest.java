package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;
import static org.studiokit.posting.PostingChecks.journal;
import static org.studiokit.posting.PostingChecks.trialBalance;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.PostingBatch;

/** PST-3 and PST-4: entry order, dates, netting and the GL mapping table, against hand-computed journals. */
class JournalRowsTest {

    @Test
    @DisplayName("PST-3 adjustments first, then documents by date and number, then money by date and number; dates per policy")
    void entryOrderAndDates() {
        for (PostingPolicyKind policy : List.of(PostingPolicyKind.WHEN_CREATED, PostingPolicyKind.WHEN_PAID_IN_FULL)) {
            Fixture f = Fixture.of(policy);
            Client jane = f.client("Jane Doe");
            Document c = f.invoice(jane, "2026-03-01", "Print", "10.00");
            f.studio.money().pay(OWNER, Pay.of(c.id(), f.usd("10.00")).method("Cash").on(d("2026-03-01")));
            f.post("2026-03-01");
            f.books.unlock(OWNER, RecordRef.document(c.id()), "price");
            f.studio.invoices().edit(OWNER, c.id(), new DocumentChange(null,
                    List.of(Line.of("Print", 1, f.usd("15.00"))), null, null, null));
            Document b = f.invoice(jane, "2026-03-10", "Print", "50.00");
            Document a = f.invoice(jane, "2026-03-05", "Print", "30.00");
            Document a2 = f.invoice(jane, "2026-03-05", "Print", "20.00");
            f.studio.money().pay(OWNER, Pay.of(b.id(), f.usd("50.00")).method("Cash").on(d("2026-03-12")));
            f.studio.money().pay(OWNER, Pay.of(a.id(), f.usd("30.00")).method("Cash").on(d("2026-03-06")));
            f.studio.money().pay(OWNER, Pay.of(a2.id(), f.usd("20.00")).method("Cash").on(d("2026-03-06")));
            PostingBatch batch = f.post("2026-03-31");
            boolean accrual = policy == PostingPolicyKind.WHEN_CREATED;
            String ar = "Accounts Receivable (Jane Doe)";
            assertThat(journal(batch)).as(policy.name()).containsExactly(
                    "ADJUSTMENT 2026-03-31 invoice 1001: " + ar + " dr 5.00; General Sales cr 5.00",
                    "DOCUMENT " + (accrual ? "2026-03-05" : "2026-03-31") + " invoice 1003: " + ar
                            + " dr 30.00; General Sales cr 30.00",
                    "DOCUMENT " + (accrual ? "2026-03-05" : "2026-03-31") + " invoice 1004: " + ar
                            + " dr 20.00; General Sales cr 20.00",
                    "DOCUMENT " + (accrual ? "2026-03-10" : "2026-03-31") + " invoice 1002: " + ar
                            + " dr 50.00; General Sales cr 50.00",
                    "MOVEMENT 2026-03-06 payment 3: Undeposited Funds dr 30.00; " + ar + " cr 30.00",
                    "MOVEMENT 2026-03-06 payment 4: Undeposited Funds dr 20.00; " + ar + " cr 20.00",
                    "MOVEMENT 2026-03-12 payment 2: Undeposited Funds dr 50.00; " + ar + " cr 50.00");
            assertThat(batch.entries()).extracting(JournalEntry::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(batch.entries().get(0).originalBatch()).isEqualTo(1);
            assertThat(batch.adjusted()).containsExactly(RecordRef.document(c.id()));
            trialBalance(f, "Accounts Receivable", "5.00", "General Sales", "-115.00", "Undeposited Funds", "110.00");
        }
    }

    @Test
    @DisplayName("PST-4 ADDED: line and invoice discounts, per-account income netting, two tax accounts; a whole credit memo mirrors it")
    void addedModeNettingAndMirror() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "6", null)).taxRate(TaxRate.of("CITY", "City", "2", "City Tax Payable"))
                .defaultTaxes(List.of("ST", "CITY")).item(new Item("Frame", "Frame Sales", null)).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-02"))
                .line(Line.of("Print", 2, f.usd("25.00")).withDiscount(Discount.amount(f.usd("5.00"))))
                .line(Line.of("Print", 1, f.usd("10.00")).withTaxes(List.of()))
                .line(Line.of("Frame", 1, f.usd("40.00")).withTaxes(List.of("ST")))
                .withDiscount(Discount.amount(f.usd("9.50"))).withShipping(f.usd("5.00")));
        assertThat(inv.totals().taxes()).containsEntry("ST", f.usd("4.59")).containsEntry("CITY", f.usd("0.81"));
        assertThat(inv.total()).isEqualTo(f.usd("95.90"));
        f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-04"), true, null, "cancelled");
        PostingBatch batch = f.post("2026-03-31");
        assertThat(journal(batch)).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 95.90; Discounts dr 14.50; "
                        + "City Tax Payable cr 0.81; Frame Sales cr 40.00; General Sales cr 60.00; "
                        + "Sales Tax Payable cr 4.59; Shipping & Handling cr 5.00",
                "DOCUMENT 2026-03-04 credit memo 1002: City Tax Payable dr 0.81; Frame Sales dr 40.00; "
                        + "General Sales dr 60.00; Sales Tax Payable dr 4.59; Shipping & Handling dr 5.00; "
                        + "Accounts Receivable (Jane Doe) cr 95.90; Discounts cr 14.50");
        trialBalance(f, "Accounts Receivable", "0.00", "Discounts", "0.00", "General Sales", "0.00",
                "Sales Tax Payable", "0.00");
    }

    @Test
    @DisplayName("PST-4 TAX-2 INCLUSIVE: invoice discount and taxable shipping; the group's net is split by MON-3 over lines and shipping")
    void inclusiveWithDiscountAndShipping() {
        Fixture f = new Fixture(StudioSettings.defaults("EUR").toBuilder().taxMode(TaxMode.INCLUSIVE)
                .taxRate(TaxRate.of("VAT", "VAT", "20", "VAT Payable")).defaultTaxes(List.of("VAT"))
                .shippingTaxable(true).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-02"))
                .line(Line.of("Print", 1, f.usd("99.99")))
                .line(new Line("Frame", null, null, "Frame Sales", 1, f.usd("33.33"), null, null))
                .withDiscount(Discount.percent(BigDecimal.TEN)).withShipping(f.usd("7.77")));
        // discount 13.33 → 10.00 + 3.33; group gross 89.99 + 30.00 + 7.77 = 127.76; net 106.47; tax 21.29
        assertThat(inv.total()).isEqualTo(f.usd("127.76"));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(journal(batch)).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 127.76; Frame Sales cr 25.00; "
                        + "General Sales cr 74.99; Shipping & Handling cr 6.48; VAT Payable cr 21.29");
    }

    @Test
    @DisplayName("PST-4 TAX-2 ADDED_PER_LINE: tax rounded per line, taxable shipping taxed as one more line")
    void addedPerLine() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder().taxMode(TaxMode.ADDED_PER_LINE)
                .taxRate(TaxRate.of("ST", "State", "5", null)).defaultTaxes(List.of("ST")).shippingTaxable(true)
                .build());
        Client jane = f.client("Jane Doe");
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), d("2026-03-02"))
                .line(Line.of("Print", 1, f.usd("0.10"))).line(Line.of("Print", 1, f.usd("0.10")))
                .line(Line.of("Print", 1, f.usd("0.10"))).withShipping(f.usd("0.10"));
        Document inv = f.studio.invoices().create(OWNER, draft);
        assertThat(inv.total()).isEqualTo(f.usd("0.44"));
        assertThat(journal(f.post("2026-03-31"))).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 0.44; General Sales cr 0.30; "
                        + "Sales Tax Payable cr 0.04; Shipping & Handling cr 0.10");
    }

    @Test
    @DisplayName("PST-4 credit transfer from a posted document to an unposted one: A/R on the source side, Customer Deposits on the target side")
    void transferPostedToUnposted() {
        Fixture f = new Fixture(StudioSettings.defaults("USD").toBuilder()
                .postingPolicy(PostingPolicyKind.WHEN_PAID_IN_FULL).allowOverpayment(true).build());
        Client jane = f.client("Jane Doe");
        Client bob = f.client("Bob Roe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("130.00")).method("Cash").on(d("2026-03-02")));
        Document b = f.invoice(bob, "2026-03-03", "Album", "200.00");
        f.studio.money().transfer(OWNER, Transfer.of(inv.id(), b.id(), f.usd("30.00")).on(d("2026-03-10")));
        assertThat(journal(f.post("2026-03-31"))).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "MOVEMENT 2026-03-02 payment 1: Undeposited Funds dr 130.00; Accounts Receivable (Jane Doe) cr 130.00",
                "MOVEMENT 2026-03-10 transfer 2: Accounts Receivable (Jane Doe) dr 30.00; Customer Deposits (Bob Roe) cr 30.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
        f.studio.money().pay(OWNER, Pay.of(b.id(), f.usd("170.00")).method("Cash").on(d("2026-04-05")));
        assertThat(journal(f.post("2026-04-30"))).containsExactly(
                "DOCUMENT 2026-04-30 invoice 1002: Accounts Receivable (Bob Roe) dr 200.00; General Sales cr 200.00",
                "DEPOSITS_TO_AR 2026-04-30 invoice 1002: Customer Deposits (Bob Roe) dr 30.00; "
                        + "Accounts Receivable (Bob Roe) cr 30.00",
                "MOVEMENT 2026-04-05 payment 3: Undeposited Funds dr 170.00; Accounts Receivable (Bob Roe) cr 170.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "0.00", "General Sales", "-300.00",
                "Undeposited Funds", "300.00");
    }

    @Test
    @DisplayName("PST-4 PAY-2 un-apply on an unposted invoice books nothing; re-applied elsewhere; the invoice's later move nets to nothing")
    void unapplyOnUnpostedInvoice() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Check").on(d("2026-03-03")));
        assertThat(journal(f.post("2026-03-05"))).containsExactly(
                "MOVEMENT 2026-03-03 payment 1: Undeposited Funds dr 40.00; Customer Deposits (Jane Doe) cr 40.00");
        Receipt un = f.studio.money().unapply(OWNER, Unapply.of(pay.movement().id()).on(d("2026-03-06")));
        Document k = f.invoice(jane, "2026-03-08", "Album", "40.00");
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(un.movement().id(), k.id(), f.usd("40.00"))
                .on(d("2026-03-09")));
        PostingBatch second = f.post("2026-03-10");
        assertThat(second.documents()).containsExactly(k.id());
        assertThat(second.movements()).hasSize(2);
        assertThat(journal(second)).containsExactly(
                "DOCUMENT 2026-03-10 invoice 1002: Accounts Receivable (Jane Doe) dr 40.00; General Sales cr 40.00",
                "MOVEMENT 2026-03-09 application 3: Customer Deposits (Jane Doe) dr 40.00; "
                        + "Accounts Receivable (Jane Doe) cr 40.00");
        trialBalance(f, "Customer Deposits", "0.00", "Accounts Receivable", "0.00", "Undeposited Funds", "40.00");
        assertThat(f.books.reports().depositReconciliation(null).total()).isEqualTo(f.usd("0.00"));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check").on(d("2026-03-12")));
        assertThat(journal(f.post("2026-03-31"))).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "MOVEMENT 2026-03-12 payment 4: Undeposited Funds dr 100.00; Accounts Receivable (Jane Doe) cr 100.00");
        trialBalance(f, "Customer Deposits", "0.00", "Accounts Receivable", "0.00", "General Sales", "-140.00",
                "Undeposited Funds", "140.00");
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
    }

    @Test
    @DisplayName("PST-4 a $0 document posts without an entry; a transfer between posted documents of one client nets away")
    void zeroEntriesOmitted() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document zero = f.invoice(jane, "2026-03-02", "Proof", "0.00");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "50.00");
        Document memo = PostingChecks.clientMemo(f, jane, "2026-03-03", "Print", "50.00");
        Receipt t = f.studio.money().transfer(OWNER, Transfer.of(memo.id(), inv.id(), f.usd("50.00"))
                .on(d("2026-03-04")));
        PostingBatch batch = f.post("2026-03-31");
        assertThat(batch.documents()).containsExactly(zero.id(), inv.id(), memo.id());
        assertThat(batch.movements()).containsExactly(t.movement().id());
        assertThat(journal(batch)).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1002: Accounts Receivable (Jane Doe) dr 50.00; General Sales cr 50.00",
                "DOCUMENT 2026-03-03 credit memo 1003: General Sales dr 50.00; Accounts Receivable (Jane Doe) cr 50.00");
    }

    @Test
    @DisplayName("PST-4 TAX-2 INCLUSIVE: a two-rate group, a reduced-rate group and a non-taxable line; the whole credit memo mirrors it")
    void inclusiveRateGroupsAndMirror() {
        Fixture f = new Fixture(StudioSettings.defaults("EUR").toBuilder().taxMode(TaxMode.INCLUSIVE)
                .taxRate(TaxRate.of("VAT", "VAT", "20", "VAT Payable"))
                .taxRate(TaxRate.of("CITY", "City", "1.5", "City Tax Payable"))
                .taxRate(TaxRate.of("RED", "Reduced", "5", "Reduced VAT Payable"))
                .defaultTaxes(List.of("VAT", "CITY")).build());
        Client jane = f.client("Jane Doe");
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(),
                d("2026-03-02")).line(Line.of("Print", 1, f.usd("100.00")))
                .line(Line.of("Book", 1, f.usd("52.50")).withTaxes(List.of("RED")))
                .line(Line.of("Retouch", 1, f.usd("30.00")).withTaxes(List.of())));
        // {VAT, CITY}: net round(100 / 1.215) = 82.30, tax 17.70 split 20 : 1.5 → 16.47 + 1.23; {RED}: 50.00 + 2.50
        assertThat(inv.totals().taxes()).containsEntry("VAT", f.usd("16.47")).containsEntry("CITY", f.usd("1.23"))
                .containsEntry("RED", f.usd("2.50"));
        f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-03"), true, null, "cancelled");
        assertThat(journal(f.post("2026-03-31"))).containsExactly(
                "DOCUMENT 2026-03-02 invoice 1001: Accounts Receivable (Jane Doe) dr 182.50; City Tax Payable cr 1.23; "
                        + "General Sales cr 162.30; Reduced VAT Payable cr 2.50; VAT Payable cr 16.47",
                "DOCUMENT 2026-03-03 credit memo 1002: City Tax Payable dr 1.23; General Sales dr 162.30; "
                        + "Reduced VAT Payable dr 2.50; VAT Payable dr 16.47; Accounts Receivable (Jane Doe) cr 182.50");
        var tax = f.books.reports().salesTax(d("2026-03-02"), d("2026-03-02"));
        assertThat(tax.rates()).extracting(r -> r.code() + " " + r.taxable() + " " + r.tax())
                .containsExactly("VAT 82.30 16.47", "CITY 82.30 1.23", "RED 50.00 2.50");
        assertThat(f.books.reports().salesTax(null, null).totalTax()).isEqualTo(f.usd("0.00"));
    }

    @Test
    @DisplayName("PST-4 PAY-2 an un-apply posting in the run that posts its invoice books against A/R (the invoice is posted at that moment)")
    void unapplyInTheRunThatPostsItsInvoice() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt p = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-03")));
        f.post("2026-03-05");
        f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(d("2026-03-06")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("100.00")).method("Check").on(d("2026-03-07")));
        assertThat(journal(f.post("2026-03-31"))).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DEPOSITS_TO_AR 2026-03-31 invoice 1001: Customer Deposits (Jane Doe) dr 60.00; "
                        + "Accounts Receivable (Jane Doe) cr 60.00",
                "MOVEMENT 2026-03-06 unapply 2: Accounts Receivable (Jane Doe) dr 60.00; "
                        + "Customer Deposits (Jane Doe) cr 60.00",
                "MOVEMENT 2026-03-07 payment 3: Undeposited Funds dr 100.00; Accounts Receivable (Jane Doe) cr 100.00");
        trialBalance(f, "Accounts Receivable", "0.00", "Customer Deposits", "-60.00", "Undeposited Funds", "160.00");
        assertThat(f.books.reports().depositReconciliation(null).total()).isEqualTo(f.usd("-60.00"));
        assertThat(f.books.reports().reconciliation().holds()).isTrue();
        assertThat(f.books.reports().arAging(d("2026-03-31")).total()).isEqualTo(f.usd("-60.00"));
    }

    @Test
    @DisplayName("PST-2 PST-4 cash basis: a credit memo's credit transferred back to its unpaid invoice posts both; the transfer nets away")
    void memoCreditBackToOriginal() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-05"), false, null, "cancelled");
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), inv.id(), f.usd("100.00")).on(d("2026-03-05")));
        PostingBatch b = f.post("2026-03-31");
        assertThat(b.documents()).containsExactly(inv.id(), memo.id());
        assertThat(journal(b)).containsExactly(
                "DOCUMENT 2026-03-31 invoice 1001: Accounts Receivable (Jane Doe) dr 100.00; General Sales cr 100.00",
                "DOCUMENT 2026-03-31 credit memo 1002: General Sales dr 100.00; Accounts Receivable (Jane Doe) cr 100.00");
    }
}
