package org.studiokit.core.tax;

import java.util.LinkedHashMap;
import java.util.Map;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;

/** TAX-2 ADDED: tax on top, per rate on the invoice's taxable base, rounded once per rate per invoice. */
final class AddedTax implements TaxCalculation {
    static final AddedTax INSTANCE = new AddedTax();

    private AddedTax() {
    }

    @Override
    public TaxResult apply(TaxBases bases, StudioSettings settings) {
        Map<String, Money> taxable = TaxCalculation.taxablePerCode(bases, settings);
        Map<String, Money> taxes = new LinkedHashMap<>();
        for (Map.Entry<String, Money> e : taxable.entrySet()) {
            taxes.put(e.getKey(), e.getValue().percent(settings.taxRate(e.getKey()).percent(), settings.rounding()));
        }
        return new TaxResult(taxes, taxable, bases.amounts(), bases.shipping());
    }
}
