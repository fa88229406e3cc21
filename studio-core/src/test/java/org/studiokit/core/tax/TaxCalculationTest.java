package org.studiokit.core.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;

/** TAX-2 each tax mode on its own, on bases figured by hand. */
class TaxCalculationTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String s) {
        return Money.parse(s, USD);
    }

    /** GST 10 % declared before PST 5 %. */
    private static StudioSettings settings() {
        return StudioSettings.defaults("USD").toBuilder().rounding(RoundingMode.HALF_UP)
                .taxRate(TaxRate.of("GST", "Goods", "10", null)).taxRate(TaxRate.of("PST", "Provincial", "5", null))
                .build();
    }

    /** Three lines of 0.33, taxed GST; shipping 1.00 taxed GST and PST. */
    private static TaxBases thirds() {
        List<String> gst = List.of("GST");
        return new TaxBases(List.of(usd("0.33"), usd("0.33"), usd("0.33")), List.of(gst, gst, gst), usd("1.00"),
                List.of("PST", "GST"));
    }

    @Test
    @DisplayName("TAX-2 ADDED rounds once per rate: GST 10 % of 1.99 = 0.20, PST 5 % of 1.00 = 0.05")
    void tax2_added_rounds_once_per_rate() {
        TaxResult r = TaxCalculation.of(TaxMode.ADDED).apply(thirds(), settings());
        assertThat(r.taxable()).containsExactly(entry("GST", "1.99"), entry("PST", "1.00"));
        assertThat(r.taxes()).containsExactly(entry("GST", "0.20"), entry("PST", "0.05"));
        assertThat(r.net()).isEqualTo(thirds().amounts());
        assertThat(r.shippingNet()).isEqualTo(usd("1.00"));
    }

    @Test
    @DisplayName("TAX-2 ADDED_PER_LINE rounds per line: 3 × 0.03 + 0.10 = 0.19 GST, shipping one more line")
    void tax2_added_per_line_rounds_per_line() {
        TaxResult r = TaxCalculation.of(TaxMode.ADDED_PER_LINE).apply(thirds(), settings());
        assertThat(r.taxable()).containsExactly(entry("GST", "1.99"), entry("PST", "1.00"));
        assertThat(r.taxes()).containsExactly(entry("GST", "0.19"), entry("PST", "0.05"));
        assertThat(r.tax(Money.zero(USD))).isEqualTo(usd("0.24"));
    }

    @Test
    @DisplayName("TAX-2 INCLUSIVE: 0.99 at GST is 0.90 net + 0.09 tax; shipping 1.00 at 15 % is 0.87 + 0.13 split 9:4")
    void tax2_inclusive_groups_by_codes() {
        TaxResult r = TaxCalculation.of(TaxMode.INCLUSIVE).apply(thirds(), settings());
        // 0.99 / 1.10 = 0.90; net split over 0.33 ×3 by MON-3: 0.30 each. Shipping 1.00 / 1.15 = 0.8696 → 0.87,
        // tax 0.13 split GST:PST by 10:5 → 0.0867 r, 0.0433 → 0.09, 0.04.
        assertThat(r.net()).containsExactly(usd("0.30"), usd("0.30"), usd("0.30"));
        assertThat(r.shippingNet()).isEqualTo(usd("0.87"));
        assertThat(r.taxes()).containsExactly(entry("GST", "0.18"), entry("PST", "0.04"));
        assertThat(r.taxable()).containsExactly(entry("GST", "1.77"), entry("PST", "0.87"));
    }

    @Test
    @DisplayName("TAX-2 INCLUSIVE property: for 2,000 seeded documents net + tax equals the gross exactly")
    void tax2_inclusive_net_plus_tax_is_gross() {
        List<List<String>> choices = List.of(List.of(), List.of("GST"), List.of("PST"), List.of("GST", "PST"));
        for (int seed = 0; seed < 2_000; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Money> amounts = new ArrayList<>();
            List<List<String>> codes = new ArrayList<>();
            for (int i = rnd.nextInt(6); i > 0; i--) {
                amounts.add(Money.ofMinor(rnd.nextLong(-100_000, 100_000), USD));
                codes.add(choices.get(rnd.nextInt(choices.size())));
            }
            Money shipping = Money.ofMinor(rnd.nextInt(3) == 0 ? 0 : rnd.nextLong(0, 5_000), USD);
            TaxBases bases = new TaxBases(amounts, codes, shipping, choices.get(rnd.nextInt(choices.size())));
            TaxResult r = TaxCalculation.of(TaxMode.INCLUSIVE).apply(bases, settings());
            Money gross = Money.total(USD, amounts).plus(shipping);
            Money net = Money.total(USD, r.net()).plus(r.shippingNet());
            assertThat(net.plus(r.tax(Money.zero(USD)))).as("seed %d", seed).isEqualTo(gross);
        }
    }

    private static java.util.Map.Entry<String, Money> entry(String code, String amount) {
        return java.util.Map.entry(code, usd(amount));
    }
}
