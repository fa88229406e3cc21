package org.studiokit.posting.report;

import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-5 sales tax / VAT by posting date.
 *
 * @param rates    per rate, in the studio's rate order
 * @param totalTax Σ tax
 * @param shipping Σ shipping
 * @param total    Σ document totals
 * @param details  per-document detail
 */
public record SalesTax(List<TaxRateRow> rates, Money totalTax, Money shipping, Money total, List<TaxDetail> details) {
}
