package org.studiokit.core.document;

import java.util.List;
import org.studiokit.core.money.Money;

/**
 * How one line was priced.
 *
 * @param gross           round(quantity × unit price)
 * @param lineDiscount    the line's own discount
 * @param invoiceDiscount its share of the invoice discount (MON-3)
 * @param amount          gross − both discounts: the taxable base (TAX-4)
 * @param taxes           the tax codes applied to it
 * @param net             the amount net of tax (INCLUSIVE mode; equal to amount otherwise)
 */
public record LinePricing(Money gross, Money lineDiscount, Money invoiceDiscount, Money amount, List<String> taxes,
        Money net) {
    /** Copies. */
    public LinePricing {
        taxes = List.copyOf(taxes);
    }
}
