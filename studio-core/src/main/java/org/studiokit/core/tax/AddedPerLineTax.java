package org.studiokit.core.tax;

import java.util.Map;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;

/** TAX-2 ADDED_PER_LINE: tax on top, per line and rate, rounded per line then summed; shipping is one more line. */
final class AddedPerLineTax implements TaxCalculation {
    static final AddedPerLineTax INSTANCE = new AddedPerLineTax();

    private AddedPerLineTax() {
    }

    @Override
    public TaxResult apply(TaxBases bases, StudioSettings settings) {
        Map<String, Money> taxable = TaxCalculation.taxablePerCode(bases, settings);
        Map<String, Money> taxes = TaxCalculation.zeroPerUsedCode(bases, settings);
        for (int i = 0; i <= bases.amounts().size(); i++) {
            Money base = bases.base(i);
            for (String code : bases.codesOf(i)) {
                taxes.merge(code, base.percent(settings.taxRate(code).percent(), settings.rounding()), Money::plus);
            }
        }
        return new TaxResult(taxes, taxable, bases.amounts(), bases.shipping());
    }
}
