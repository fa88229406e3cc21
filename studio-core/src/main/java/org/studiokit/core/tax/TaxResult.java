package org.studiokit.core.tax;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.money.Money;

/**
 * Tax of a document per rate code.
 *
 * @param taxes       tax per rate code used, in the order the studio declares its rates
 * @param taxable     the base each rate was applied to (net of tax in INCLUSIVE mode)
 * @param net         each line's amount net of tax (equal to its amount unless INCLUSIVE)
 * @param shippingNet shipping net of tax (equal to shipping unless INCLUSIVE)
 */
public record TaxResult(Map<String, Money> taxes, Map<String, Money> taxable, List<Money> net, Money shippingNet) {
    /** Copies. */
    public TaxResult {
        taxes = Collections.unmodifiableMap(new LinkedHashMap<>(taxes));
        taxable = Collections.unmodifiableMap(new LinkedHashMap<>(taxable));
        net = List.copyOf(net);
    }

    /** @return the tax of every rate, summed exactly */
    public Money tax(Money zero) {
        return Money.total(zero.currency(), taxes.values());
    }
}
