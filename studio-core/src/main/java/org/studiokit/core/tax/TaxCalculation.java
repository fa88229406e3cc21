package org.studiokit.core.tax;

import java.util.LinkedHashMap;
import java.util.Map;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;

/** TAX-2: how one tax mode turns a document's taxable bases into tax per rate code. Pure. */
public sealed interface TaxCalculation permits AddedTax, AddedPerLineTax, InclusiveTax {

    /** @return the calculation of a tax mode */
    static TaxCalculation of(TaxMode mode) {
        return switch (mode) {
            case ADDED -> AddedTax.INSTANCE;
            case ADDED_PER_LINE -> AddedPerLineTax.INSTANCE;
            case INCLUSIVE -> InclusiveTax.INSTANCE;
        };
    }

    /**
     * @param bases    the document's taxable bases and their codes (codes already checked against the settings)
     * @param settings the studio's rates and rounding
     * @return tax and taxable per code, and the amounts net of tax
     */
    TaxResult apply(TaxBases bases, StudioSettings settings);

    /** @return a zero for every rate code the bases use, in the studio's declaration order */
    static Map<String, Money> zeroPerUsedCode(TaxBases bases, StudioSettings settings) {
        Map<String, Money> out = new LinkedHashMap<>();
        Money zero = Money.zero(settings.currency());
        for (String code : settings.taxRates().keySet()) {
            if (bases.uses(code)) {
                out.put(code, zero);
            }
        }
        return out;
    }

    /** @return the taxable base per code: every line's and shipping's amount summed under each of its codes */
    static Map<String, Money> taxablePerCode(TaxBases bases, StudioSettings settings) {
        Map<String, Money> taxable = zeroPerUsedCode(bases, settings);
        for (int i = 0; i <= bases.amounts().size(); i++) {
            for (String code : bases.codesOf(i)) {
                taxable.merge(code, bases.base(i), Money::plus);
            }
        }
        return taxable;
    }
}
