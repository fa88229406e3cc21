package org.studiokit.testkit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;

/**
 * Random valid studio settings, as a plain function of a {@link RandomGenerator}: currency USD, EUR or JPY, any tax
 * mode and rounding, 0–3 tax rates (some with 4 decimals, some 0 %), a random default set, taxable shipping or not,
 * overpayment allowed or not, and a "Frame" item that carries its own tax codes.
 */
public final class StudioGen {
    /** The currencies generated. */
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY");
    /** The tax rates generated, in percent. */
    public static final List<String> RATES = List.of("0", "4", "4.5", "5", "6.25", "7", "8.875", "10", "13", "20",
            "4.1234");

    private StudioGen() {
    }

    /** @return random valid settings */
    public static StudioSettings settings(RandomGenerator r) {
        StudioSettings.Builder b = StudioSettings.defaults(CURRENCIES.get(r.nextInt(CURRENCIES.size()))).toBuilder();
        TaxMode[] modes = TaxMode.values();
        b.taxMode(modes[r.nextInt(modes.length)]);
        b.rounding(r.nextInt(4) == 0 ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
        int count = r.nextInt(4);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "T" + i;
            b.taxRate(TaxRate.of(code, "Tax " + i, RATES.get(r.nextInt(RATES.size())), null));
            codes.add(code);
        }
        List<String> defaults = new ArrayList<>();
        for (String code : codes) {
            if (r.nextInt(3) > 0) {
                defaults.add(code);
            }
        }
        b.defaultTaxes(defaults);
        if (!codes.isEmpty() && r.nextBoolean()) {
            b.item(new Item("Frame", null, List.of(codes.get(r.nextInt(codes.size())))));
        }
        b.shippingTaxable(r.nextBoolean());
        b.allowOverpayment(r.nextInt(4) == 0);
        return b.build();
    }
}
