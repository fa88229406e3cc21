package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;

/** Against the spec, figures by hand: money, tax, discounts, totals, credit memos and payment plans, with figures computed by hand. */
class PricingSpecTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String s) {
        return Money.parse(s, USD);
    }

    private static Map<String, String> str(Map<String, Money> m) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** ST 6.25 %, shipping taxable. */
    private static StudioSettings us(TaxMode mode, RoundingMode rounding) {
        return StudioSettings.defaults("USD").toBuilder().taxMode(mode).rounding(rounding)
                .taxRate(TaxRate.of("ST", "State", "6.25", null)).defaultTaxes(List.of("ST"))
                .shippingTaxable(true).build();
    }

    /*
     * Lines: A 3 × 19.99 = 59.97; B 1 × 4.99 less 10 % = round(0.499) = 0.50 → 4.49. Invoice discount 5.00 split by
     * MON-3 over 59.97 : 4.49 (Σ 64.46): A 500·5997/6446 = 465 r1110, B 500·449/6446 = 34 r5336, 1 cent left → B.
     * A 4.65, B 0.35 → amounts 55.32 and 4.14. Shipping 10.00 taxable.
     */
    private static List<Line> lines() {
        return List.of(Line.of("Print", 3, usd("19.99")),
                Line.of("Frame", 1, usd("4.99")).withDiscount(Discount.percent(new BigDecimal("10"))));
    }

    @Test
    @DisplayName("DOC-4/DOC-5/MON-3 line discount 10 % of 4.99 = 0.50; invoice discount 5.00 splits 4.65 / 0.35")
    void doc5_allocation() {
        Totals t = Pricing.price(lines(), Discount.amount(usd("5.00")), usd("10.00"), List.of("ST"),
                us(TaxMode.ADDED, RoundingMode.HALF_UP));
        assertThat(t.lines().get(0).gross()).isEqualTo(usd("59.97"));
        assertThat(t.lines().get(1).lineDiscount()).isEqualTo(usd("0.50"));
        assertThat(t.lines().get(0).invoiceDiscount()).isEqualTo(usd("4.65"));
        assertThat(t.lines().get(1).invoiceDiscount()).isEqualTo(usd("0.35"));
        assertThat(t.lines().get(0).amount()).isEqualTo(usd("55.32"));
        assertThat(t.lines().get(1).amount()).isEqualTo(usd("4.14"));
    }

    @Test
    @DisplayName("TAX-2 ADDED: base 55.32 + 4.14 + shipping 10.00 = 69.46 × 6.25 % = 4.34125 → 4.34 once; DOC-7 total 73.80")
    void tax2_added_once_per_rate() {
        Totals t = Pricing.price(lines(), Discount.amount(usd("5.00")), usd("10.00"), List.of("ST"),
                us(TaxMode.ADDED, RoundingMode.HALF_UP));
        assertThat(t.taxable()).containsEntry("ST", usd("69.46"));
        assertThat(str(t.taxes())).containsExactly(Map.entry("ST", "4.34"));
        assertThat(t.subtotal()).isEqualTo(usd("64.96"));
        assertThat(t.discount()).isEqualTo(usd("5.50"));
        assertThat(t.shipping()).isEqualTo(usd("10.00"));
        assertThat(t.total()).isEqualTo(usd("73.80"));
    }

    @Test
    @DisplayName("TAX-2 ADDED_PER_LINE: 3.4575→3.46 + 0.25875→0.26 + shipping 0.625→0.63 = 4.35; total 73.81")
    void tax2_added_per_line_shipping_one_more_line() {
        Totals t = Pricing.price(lines(), Discount.amount(usd("5.00")), usd("10.00"), List.of("ST"),
                us(TaxMode.ADDED_PER_LINE, RoundingMode.HALF_UP));
        assertThat(t.tax()).isEqualTo(usd("4.35"));
        assertThat(t.total()).isEqualTo(usd("73.81"));
    }

    @Test
    @DisplayName("MON-2/TAX-2 HALF_EVEN ADDED_PER_LINE: shipping 0.625 → 0.62, tax 4.34, total 73.80")
    void mon2_half_even() {
        Totals t = Pricing.price(lines(), Discount.amount(usd("5.00")), usd("10.00"), List.of("ST"),
                us(TaxMode.ADDED_PER_LINE, RoundingMode.HALF_EVEN));
        assertThat(t.tax()).isEqualTo(usd("4.34"));
        assertThat(t.total()).isEqualTo(usd("73.80"));
    }

    @Test
    @DisplayName("MON-2 HALF_EVEN line discount: 50 % of 0.05 = 0.025 → 0.02 (HALF_UP 0.03)")
    void mon2_half_even_discount() {
        List<Line> l = List.of(Line.of("Print", 1, usd("0.05")).withDiscount(Discount.percent(new BigDecimal("50"))));
        StudioSettings even = StudioSettings.defaults("USD").toBuilder().rounding(RoundingMode.HALF_EVEN).build();
        StudioSettings up = StudioSettings.defaults("USD");
        assertThat(Pricing.price(l, null, usd("0"), List.of(), even).discount()).isEqualTo(usd("0.02"));
        assertThat(Pricing.price(l, null, usd("0"), List.of(), up).discount()).isEqualTo(usd("0.03"));
    }

    @Test
    @DisplayName("MON-3 ties go to the earlier line: 0.02 over three equal lines is 0.01, 0.01, 0.00")
    void mon3_ties() {
        List<Line> l = List.of(Line.of("A", 1, usd("1.00")), Line.of("B", 1, usd("1.00")), Line.of("C", 1, usd("1.00")));
        Totals t = Pricing.price(l, Discount.amount(usd("0.02")), usd("0"), List.of(), StudioSettings.defaults("USD"));
        assertThat(t.lines()).extracting(LinePricing::invoiceDiscount)
                .containsExactly(usd("0.01"), usd("0.01"), usd("0.00"));
        assertThat(Money.ofMinor(-2, USD).allocate(1, 1, 1))
                .containsExactly(Money.ofMinor(-1, USD), Money.ofMinor(-1, USD), Money.ofMinor(0, USD));
    }

    @Test
    @DisplayName("TAX-2 ADDED two rates each rounded once: 0.10 × 3 lines at 5 % and 2.5 % = 0.015→0.02 and 0.0075→0.01")
    void tax2_added_two_rates() {
        StudioSettings s = StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", null, "5", null)).taxRate(TaxRate.of("CITY", null, "2.5", null))
                .defaultTaxes(List.of("ST", "CITY")).build();
        List<Line> l = List.of(Line.of("A", 1, usd("0.10")), Line.of("A", 1, usd("0.10")), Line.of("A", 1, usd("0.10")));
        Totals t = Pricing.price(l, null, usd("0"), List.of("ST", "CITY"), s);
        assertThat(str(t.taxes())).containsExactly(Map.entry("ST", "0.02"), Map.entry("CITY", "0.01"));
        assertThat(t.total()).isEqualTo(usd("0.33"));
    }

    /*
     * INCLUSIVE GST 5 + PST 7. Line 1 100.00 {GST,PST}; line 2 50.00 {GST}; shipping 11.20 taxable with the invoice's
     * {GST,PST}. Group {GST,PST}: 111.20 / 1.12 = 99.2857 → 99.29, tax 11.91 split 5:7 → 496 r3 / 694 r9, cent to
     * PST: 4.96 / 6.95. Net 99.29 over 100.00 : 11.20 → 8928 r10640 / 1000 r480, cent to the line: 89.29 / 10.00.
     * Group {GST}: 50.00 / 1.05 = 47.619 → 47.62, tax 2.38. Tax GST 7.34, PST 6.95, total 161.20 (tax inside).
     */
    @Test
    @DisplayName("TAX-2 INCLUSIVE per rate group: GST 7.34, PST 6.95, nets 89.29 / 47.62 / shipping 10.00, total 161.20")
    void tax2_inclusive() {
        StudioSettings s = StudioSettings.defaults("USD").toBuilder().taxMode(TaxMode.INCLUSIVE)
                .taxRate(TaxRate.of("GST", null, "5", null)).taxRate(TaxRate.of("PST", null, "7", null))
                .defaultTaxes(List.of("GST", "PST")).shippingTaxable(true).build();
        List<Line> l = List.of(Line.of("A", 1, usd("100.00")), Line.of("B", 1, usd("50.00")).withTaxes(List.of("GST")));
        Totals t = Pricing.price(l, null, usd("11.20"), List.of("GST", "PST"), s);
        assertThat(str(t.taxes())).containsExactly(Map.entry("GST", "7.34"), Map.entry("PST", "6.95"));
        assertThat(t.tax()).isEqualTo(usd("14.29"));
        assertThat(t.total()).isEqualTo(usd("161.20"));
        assertThat(t.lines().get(0).net()).isEqualTo(usd("89.29"));
        assertThat(t.lines().get(1).net()).isEqualTo(usd("47.62"));
        assertThat(t.shippingNet()).isEqualTo(usd("10.00"));
        assertThat(t.taxable()).containsEntry("GST", usd("146.91")).containsEntry("PST", usd("99.29"));
    }

    @Test
    @DisplayName("TAX-3 empty set is non-taxable, absent set takes the invoice's; shipping untaxed by default")
    void tax3_sets() {
        StudioSettings s = StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", null, "10", null)).defaultTaxes(List.of("ST")).build();
        List<Line> l = List.of(Line.of("A", 1, usd("10.00")), Line.of("B", 1, usd("20.00")).withTaxes(List.of()));
        Totals t = Pricing.price(l, null, usd("5.00"), List.of("ST"), s);
        assertThat(t.tax()).isEqualTo(usd("1.00"));
        assertThat(t.total()).isEqualTo(usd("36.00"));
    }

    private static StudioFixture taxedStudio() {
        return new StudioFixture(us(TaxMode.ADDED, RoundingMode.HALF_UP));
    }

    private static Document invoice(StudioFixture f, Client c) {
        DocumentDraft d = DocumentDraft.forClient(DocumentType.GENERIC, c.id(), StudioFixture.DAY)
                .withDiscount(Discount.amount(usd("5.00"))).withShipping(usd("10.00"));
        for (Line line : lines()) {
            d = d.line(line);
        }
        return f.studio.invoices().create(StudioFixture.OWNER, d);
    }

    @Test
    @DisplayName("DOC-9/DOC-7 entire credit memo carries every figure negated: −64.96, −5.50, −10.00, −4.34, −73.80")
    void doc9_entire_memo_negated() {
        StudioFixture f = taxedStudio();
        Client c = f.client("Ann");
        Document inv = invoice(f, c);
        assertThat(inv.total()).isEqualTo(usd("73.80"));
        Document memo = f.studio.invoices().creditMemo(StudioFixture.OWNER, inv.id(), StudioFixture.day(1), true, null,
                "returned");
        Totals t = memo.totals();
        assertThat(t.subtotal()).isEqualTo(usd("-64.96"));
        assertThat(t.discount()).isEqualTo(usd("-5.50"));
        assertThat(t.shipping()).isEqualTo(usd("-10.00"));
        assertThat(t.tax()).isEqualTo(usd("-4.34"));
        assertThat(t.total()).isEqualTo(usd("-73.80"));
        assertThat(f.balance(memo)).isEqualTo(usd("-73.80"));
        assertThat(memo.number()).isEqualTo(inv.number() + 1);
    }

    @Test
    @DisplayName("DOC-9 plain credit memo copies lines only: −64.96 + 0.50, tax −64.46 × 6.25 % = −4.02875 → −4.03, total −68.49")
    void doc9_lines_only_memo() {
        StudioFixture f = taxedStudio();
        Client c = f.client("Ann");
        Document inv = invoice(f, c);
        Document memo = f.studio.invoices().creditMemo(StudioFixture.OWNER, inv.id(), StudioFixture.day(1), false,
                null, "returned");
        assertThat(memo.totals().subtotal()).isEqualTo(usd("-64.96"));
        assertThat(memo.totals().discount()).isEqualTo(usd("-0.50"));
        assertThat(memo.totals().tax()).isEqualTo(usd("-4.03"));
        assertThat(memo.total()).isEqualTo(usd("-68.49"));
    }

    @Test
    @DisplayName("PLN-1 100.00 in 3 monthly from Mar 31: 33.33 Mar 31, 33.33 Apr 30 (clamped), 33.34 May 31; payments fill in date order")
    void pln1_monthly_clamped() {
        StudioFixture f = StudioFixture.usd();
        Client c = f.client("Ann");
        Document inv = f.invoice(c, "100.00");
        Document planned = f.studio.invoices().plan(StudioFixture.OWNER, inv.id(), 3, PaymentPlan.Frequency.MONTHLY,
                LocalDate.of(2026, 3, 31));
        assertThat(planned.plan().installments()).containsExactly(
                new PaymentPlan.Installment(LocalDate.of(2026, 3, 31), usd("33.33")),
                new PaymentPlan.Installment(LocalDate.of(2026, 4, 30), usd("33.33")),
                new PaymentPlan.Installment(LocalDate.of(2026, 5, 31), usd("33.34")));
        f.studio.money().pay(StudioFixture.OWNER, Pay.of(inv.id(), usd("40.00")).method("Cash")
                .on(StudioFixture.day(1)));
        assertThat(f.studio.invoices().dueInstallments(inv.id(), LocalDate.of(2026, 4, 30)))
                .containsExactly(new PaymentPlan.Installment(LocalDate.of(2026, 4, 30), usd("26.66")));
        assertThat(f.studio.invoices().dueInstallments(inv.id(), LocalDate.of(2026, 5, 31))).containsExactly(
                new PaymentPlan.Installment(LocalDate.of(2026, 4, 30), usd("26.66")),
                new PaymentPlan.Installment(LocalDate.of(2026, 5, 31), usd("33.34")));
    }

    @Test
    @DisplayName("PLN-1 weekly and bi-weekly: 10.00 / 3 = 3.33, 3.33, 3.34 at +7k / +14k days")
    void pln1_weekly() {
        LocalDate first = LocalDate.of(2026, 3, 10);
        PaymentPlan w = PaymentPlan.of(usd("10.00"), 3, PaymentPlan.Frequency.WEEKLY, first);
        PaymentPlan b = PaymentPlan.of(usd("10.00"), 3, PaymentPlan.Frequency.BIWEEKLY, first);
        assertThat(w.installments()).extracting(PaymentPlan.Installment::amount)
                .containsExactly(usd("3.33"), usd("3.33"), usd("3.34"));
        assertThat(w.installments()).extracting(PaymentPlan.Installment::due)
                .containsExactly(first, first.plusDays(7), first.plusDays(14));
        assertThat(b.installments()).extracting(PaymentPlan.Installment::due)
                .containsExactly(first, first.plusDays(14), first.plusDays(28));
    }

    @Test
    @DisplayName("PLN-1 monthly from Jan 31: Feb 28, Mar 31 (first plus k months, not chained)")
    void pln1_month_end_not_chained() {
        PaymentPlan p = PaymentPlan.of(usd("0.05"), 3, PaymentPlan.Frequency.MONTHLY, LocalDate.of(2026, 1, 31));
        assertThat(p.installments()).extracting(PaymentPlan.Installment::due).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        assertThat(p.installments()).extracting(PaymentPlan.Installment::amount)
                .containsExactly(usd("0.01"), usd("0.01"), usd("0.03"));
    }
}
