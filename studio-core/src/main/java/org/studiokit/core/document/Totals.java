package org.studiokit.core.document;

import java.util.List;
import java.util.Map;
import org.studiokit.core.money.Money;

/**
 * A document's totals (DOC-7) and how they were reached.
 *
 * @param subtotal      Σ line gross
 * @param discount      Σ line discounts + invoice discount
 * @param shipping      shipping and handling
 * @param tax           Σ tax
 * @param total         the document total
 * @param taxes         tax per rate code (declaration order)
 * @param taxable       the base each rate was applied to (net of tax in INCLUSIVE mode)
 * @param lines         per-line pricing, in line order
 * @param shippingTaxes the codes that taxed shipping
 * @param shippingNet   shipping net of tax (INCLUSIVE mode; equal to shipping otherwise)
 */
public record Totals(Money subtotal, Money discount, Money shipping, Money tax, Money total, Map<String, Money> taxes,
        Map<String, Money> taxable, List<LinePricing> lines, List<String> shippingTaxes, Money shippingNet) {

    /** Copies. */
    public Totals {
        taxes = OrderedMap.copyOf(taxes);
        taxable = OrderedMap.copyOf(taxable);
        lines = List.copyOf(lines);
        shippingTaxes = List.copyOf(shippingTaxes);
    }

    /** @return the totals of a void document: every amount zero */
    public static Totals zero(Money zero) {
        return new Totals(zero, zero, zero, zero, zero, Map.of(), Map.of(), List.of(), List.of(), zero);
    }
}
