package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;

/** Golden tax tables (TAX-1..4 with DOC-4..7), every figure computed by hand in the comments. */
@DisplayName("TAX-1..4 golden tax tables")
class PricingGoldenTest {

    private static StudioSettings.Builder studio(TaxMode mode, String... codeAndRate) {
        StudioSettings.Builder b = StudioSettings.defaults("USD").toBuilder().taxMode(mode);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < codeAndRate.length; i += 2) {
            b.taxRate(TaxRate.of(codeAndRate[i], null, codeAndRate[i + 1], null));
            codes.add(codeAndRate[i]);
        }
        return b.defaultTaxes(codes);
    }

    private static Money usd(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("USD"));
    }

    private static Line line(String price) {
        return Line.of("Print", 1, usd(price));
    }

    private static Totals price(StudioSettings s, List<Line> lines, Discount discount, String shipping) {
        return Pricing.price(lines, discount, usd(shipping), s.defaultTaxes(), s);
    }

    private static Map<String, String> taxes(Totals t) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        t.taxes().forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    @Test
    @DisplayName("TAX-2 ADDED with two rates: 150.00 at 4 % and 4.5 % is 6.00 + 6.75, total 162.75")
    void tax2_added_two_rates() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5").build();
        Totals t = price(s, List.of(line("150.00")), null, "0.00");
        assertThat(taxes(t)).containsExactly(Map.entry("ST", "6.00"), Map.entry("CITY", "6.75"));
        assertThat(t.tax()).isEqualTo(usd("12.75"));
        assertThat(t.subtotal()).isEqualTo(usd("150.00"));
        assertThat(t.total()).isEqualTo(usd("162.75"));
        assertThat(t.taxable()).containsEntry("ST", usd("150.00")).containsEntry("CITY", usd("150.00"));
    }

    @Test
    @DisplayName("TAX-2 ADDED rounds once per rate (0.30 × 5 % = 0.015 → 0.02), ADDED_PER_LINE per line (3 × 0.01 = 0.03)")
    void tax2_added_and_added_per_line_differ_by_a_cent() {
        List<Line> lines = List.of(line("0.10"), line("0.10"), line("0.10"));
        Totals added = price(studio(TaxMode.ADDED, "ST", "5").build(), lines, null, "0.00");
        Totals perLine = price(studio(TaxMode.ADDED_PER_LINE, "ST", "5").build(), lines, null, "0.00");
        assertThat(added.tax()).isEqualTo(usd("0.02"));
        assertThat(added.total()).isEqualTo(usd("0.32"));
        assertThat(perLine.tax()).isEqualTo(usd("0.03"));
        assertThat(perLine.total()).isEqualTo(usd("0.33"));
    }

    @Test
    @DisplayName("TAX-2 with HALF_EVEN (MON-2) per-line 0.005 rounds to 0.00 while the invoice's 0.015 rounds to 0.02")
    void tax2_half_even_rounding() {
        List<Line> lines = List.of(line("0.10"), line("0.10"), line("0.10"));
        Totals added = price(studio(TaxMode.ADDED, "ST", "5").rounding(RoundingMode.HALF_EVEN).build(), lines, null,
                "0.00");
        Totals perLine = price(studio(TaxMode.ADDED_PER_LINE, "ST", "5").rounding(RoundingMode.HALF_EVEN).build(),
                lines, null, "0.00");
        assertThat(added.tax()).isEqualTo(usd("0.02"));
        assertThat(perLine.tax()).isEqualTo(usd("0.00"));
        // 2.50 × 5 % = 0.125: HALF_UP 0.13, HALF_EVEN 0.12
        assertThat(price(studio(TaxMode.ADDED, "ST", "5").build(), List.of(line("2.50")), null, "0.00").tax())
                .isEqualTo(usd("0.13"));
        assertThat(price(studio(TaxMode.ADDED, "ST", "5").rounding(RoundingMode.HALF_EVEN).build(),
                List.of(line("2.50")), null, "0.00").tax()).isEqualTo(usd("0.12"));
    }

    @Test
    @DisplayName("TAX-2 INCLUSIVE: 1000.00 including 10 % is net 909.09 + tax 90.91, total 1000.00")
    void tax2_inclusive_single_rate() {
        Totals t = price(studio(TaxMode.INCLUSIVE, "GST", "10").build(), List.of(line("1000.00")), null, "0.00");
        assertThat(t.tax()).isEqualTo(usd("90.91"));
        assertThat(t.lines().get(0).net()).isEqualTo(usd("909.09"));
        assertThat(t.taxable()).containsEntry("GST", usd("909.09"));
        assertThat(t.total()).isEqualTo(usd("1000.00"));
    }

    @Test
    @DisplayName("TAX-2 INCLUSIVE with two rates: the group's tax 90.91 is split 5:5 by MON-3 into 45.46 + 45.45")
    void tax2_inclusive_two_rates_split_by_mon3() {
        Totals t = price(studio(TaxMode.INCLUSIVE, "A", "5", "B", "5").build(), List.of(line("1000.00")), null,
                "0.00");
        assertThat(taxes(t)).containsExactly(Map.entry("A", "45.46"), Map.entry("B", "45.45"));
        assertThat(t.lines().get(0).net()).isEqualTo(usd("909.09"));
        assertThat(t.total()).isEqualTo(usd("1000.00"));
    }

    @Test
    @DisplayName("TAX-4 DOC-5 an invoice discount of 10.00 splits 6.67 / 3.33 over a taxable 100.00 and a non-taxable 50.00; tax 9.33 on 93.33")
    void tax4_discount_allocated_over_taxable_and_non_taxable_lines() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "10").build();
        List<Line> lines = List.of(line("100.00"), line("50.00").withTaxes(List.of()));
        Totals t = price(s, lines, Discount.amount(usd("10.00")), "0.00");
        assertThat(t.lines().get(0).invoiceDiscount()).isEqualTo(usd("6.67"));
        assertThat(t.lines().get(1).invoiceDiscount()).isEqualTo(usd("3.33"));
        assertThat(t.lines().get(0).amount()).isEqualTo(usd("93.33"));
        assertThat(t.lines().get(1).amount()).isEqualTo(usd("46.67"));
        assertThat(t.taxable()).containsExactly(Map.entry("ST", usd("93.33")));
        assertThat(t.tax()).isEqualTo(usd("9.33"));
        assertThat(t.discount()).isEqualTo(usd("10.00"));
        assertThat(t.total()).isEqualTo(usd("149.33"));
    }

    @Test
    @DisplayName("TAX-4 DOC-4 DOC-5 a 10 % line discount and a 14.00 invoice discount: 90:50 shares 9.00/5.00, tax 8.10 on 81.00, total 134.10")
    void tax4_line_and_invoice_discounts() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "10").build();
        List<Line> lines = List.of(line("100.00").withDiscount(Discount.percent(BigDecimal.TEN)),
                line("50.00").withTaxes(List.of()));
        Totals t = price(s, lines, Discount.amount(usd("14.00")), "0.00");
        assertThat(t.lines().get(0).lineDiscount()).isEqualTo(usd("10.00"));
        assertThat(t.lines().get(0).invoiceDiscount()).isEqualTo(usd("9.00"));
        assertThat(t.lines().get(1).invoiceDiscount()).isEqualTo(usd("5.00"));
        assertThat(t.tax()).isEqualTo(usd("8.10"));
        assertThat(t.discount()).isEqualTo(usd("24.00"));
        assertThat(t.total()).isEqualTo(usd("134.10"));
        // DOC-5 a percent invoice discount: 10 % of 140.00 = 14.00, same result
        assertThat(price(s, lines, Discount.percent(BigDecimal.TEN), "0.00").total()).isEqualTo(usd("134.10"));
    }

    @Test
    @DisplayName("DOC-5 an invoice discount above the line amounts is refused with VALIDATION")
    void doc5_discount_above_lines_is_refused() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "10").build();
        assertThatThrownBy(() -> price(s, List.of(line("10.00")), Discount.amount(usd("10.01")), "0.00"))
                .isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
        assertThatThrownBy(() -> price(s, List.of(line("10.00").withDiscount(Discount.amount(usd("10.01")))), null,
                "0.00")).isInstanceOf(StudioException.class);
    }

    @Test
    @DisplayName("TAX-3 shipping is taxed only when shippingTaxable is on: 100.00 + 10.00 at 5 % is 115.00 off, 115.50 on")
    void tax3_shipping_taxable_on_and_off() {
        List<Line> lines = List.of(line("100.00"));
        Totals off = price(studio(TaxMode.ADDED, "ST", "5").build(), lines, null, "10.00");
        Totals on = price(studio(TaxMode.ADDED, "ST", "5").shippingTaxable(true).build(), lines, null, "10.00");
        assertThat(off.tax()).isEqualTo(usd("5.00"));
        assertThat(off.total()).isEqualTo(usd("115.00"));
        assertThat(off.shippingTaxes()).isEmpty();
        assertThat(on.tax()).isEqualTo(usd("5.50"));
        assertThat(on.total()).isEqualTo(usd("115.50"));
        assertThat(on.shippingTaxes()).containsExactly("ST");
        assertThat(StudioSettings.defaults("USD").shippingTaxable()).as("off by default").isFalse();
    }

    @Test
    @DisplayName("TAX-2 ADDED_PER_LINE taxes taxable shipping as one more line: 3 × 0.10 + 0.10 shipping at 5 % is 0.04")
    void tax2_added_per_line_shipping_is_one_more_line() {
        List<Line> lines = List.of(line("0.10"), line("0.10"), line("0.10"));
        Totals t = price(studio(TaxMode.ADDED_PER_LINE, "ST", "5").shippingTaxable(true).build(), lines, null, "0.10");
        assertThat(t.tax()).isEqualTo(usd("0.04"));
        assertThat(t.total()).isEqualTo(usd("0.44"));
    }

    @Test
    @DisplayName("TAX-2 INCLUSIVE with taxable shipping: 110.00 incl. 5 % is net 104.76 split 95.24 / 9.52, tax 5.24")
    void tax2_inclusive_taxable_shipping() {
        Totals t = price(studio(TaxMode.INCLUSIVE, "VAT", "5").shippingTaxable(true).build(), List.of(line("100.00")),
                null, "10.00");
        assertThat(t.tax()).isEqualTo(usd("5.24"));
        assertThat(t.lines().get(0).net()).isEqualTo(usd("95.24"));
        assertThat(t.shippingNet()).isEqualTo(usd("9.52"));
        assertThat(t.total()).isEqualTo(usd("110.00"));
    }

    @Test
    @DisplayName("TAX-3 a line with an explicitly empty tax set is not taxed; an absent set takes the invoice's")
    void tax3_explicit_empty_taxes() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5").build();
        Totals t = price(s, List.of(line("100.00").withTaxes(List.of()), line("100.00")), null, "0.00");
        assertThat(t.lines().get(0).taxes()).isEmpty();
        assertThat(t.lines().get(1).taxes()).containsExactly("ST", "CITY");
        assertThat(taxes(t)).containsExactly(Map.entry("ST", "4.00"), Map.entry("CITY", "4.50"));
        assertThat(t.total()).isEqualTo(usd("208.50"));
        Totals none = price(s, List.of(line("100.00").withTaxes(List.of())), null, "0.00");
        assertThat(none.tax()).isEqualTo(usd("0.00"));
        assertThat(none.total()).isEqualTo(usd("100.00"));
    }

    @Test
    @DisplayName("TAX-3 an item's default taxes apply when the line has none of its own; the line's own set wins")
    void tax3_item_default_taxes() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5")
                .item(new Item("Frame", null, List.of("CITY"))).build();
        Totals t = price(s, List.of(Line.of("Frame", 1, usd("100.00"))), null, "0.00");
        assertThat(taxes(t)).containsExactly(Map.entry("CITY", "4.50"));
        Totals own = price(s, List.of(Line.of("Frame", 1, usd("100.00")).withTaxes(List.of("ST"))), null, "0.00");
        assertThat(taxes(own)).containsExactly(Map.entry("ST", "4.00"));
    }

    @Test
    @DisplayName("TAX-3 an invoice may override the studio's default set")
    void tax3_invoice_overrides_default_set() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5").build();
        Totals t = Pricing.price(List.of(line("100.00")), null, usd("0.00"), List.of("ST"), s);
        assertThat(taxes(t)).containsExactly(Map.entry("ST", "4.00"));
        assertThat(t.total()).isEqualTo(usd("104.00"));
    }

    @Test
    @DisplayName("TAX-1 a 0 % rate marks exempt sales; rates take up to 4 decimals; bad rates and unknown codes are VALIDATION")
    void tax1_rates() {
        StudioSettings s = studio(TaxMode.ADDED, "EX", "0", "ODD", "4.1234").build();
        Totals exempt = Pricing.price(List.of(line("100.00")), null, usd("0.00"), List.of("EX"), s);
        assertThat(taxes(exempt)).containsExactly(Map.entry("EX", "0.00"));
        assertThat(exempt.taxable()).containsEntry("EX", usd("100.00"));
        // 100.00 × 4.1234 % = 4.1234 → 4.12
        assertThat(Pricing.price(List.of(line("100.00")), null, usd("0.00"), List.of("ODD"), s).tax())
                .isEqualTo(usd("4.12"));
        for (String bad : List.of("4.12345", "-1", "101", "4,5", "", "1e1")) {
            assertThatThrownBy(() -> TaxRate.of("X", null, bad, null)).as(bad).isInstanceOf(StudioException.class)
                    .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
        }
        assertThatThrownBy(() -> Pricing.price(List.of(line("1.00").withTaxes(List.of("NOPE"))), null, usd("0.00"),
                List.of(), s)).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    @DisplayName("TAX-2 DOC-7 the same prices through an invoice: 150.00 at 4 % + 4.5 % is total 162.75, balance 162.75")
    void tax2_through_an_invoice() {
        StudioFixture f = new StudioFixture(studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5").build());
        Document doc = f.invoice(f.client("Jane Doe"), "150.00");
        assertThat(doc.totals().tax()).isEqualTo(usd("12.75"));
        assertThat(doc.total()).isEqualTo(usd("162.75"));
        assertThat(f.balance(doc)).isEqualTo(usd("162.75"));
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, doc.clientId(), StudioFixture.DAY)
                .line(line("150.00"));
        assertThat(f.studio.invoices().price(draft)).isEqualTo(doc.totals());
    }

    @Test
    @DisplayName("TAX-2 DOC-7 a credit memo carries every figure negated: -150.00 at 4 % + 4.5 % is -162.75")
    void tax2_credit_memo_is_negated() {
        StudioSettings s = studio(TaxMode.ADDED, "ST", "4", "CITY", "4.5").build();
        Totals t = price(s, List.of(Line.of("Print", -1, usd("150.00"))), null, "-0.00");
        assertThat(taxes(t)).containsExactly(Map.entry("ST", "-6.00"), Map.entry("CITY", "-6.75"));
        assertThat(t.total()).isEqualTo(usd("-162.75"));
        Totals inclusive = price(studio(TaxMode.INCLUSIVE, "GST", "10").build(),
                List.of(Line.of("Print", -1, usd("1000.00"))), null, "0.00");
        assertThat(inclusive.tax()).isEqualTo(usd("-90.91"));
        assertThat(inclusive.lines().get(0).net()).isEqualTo(usd("-909.09"));
    }
}
