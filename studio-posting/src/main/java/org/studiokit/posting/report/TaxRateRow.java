package org.studiokit.posting.report;

import org.studiokit.core.money.Money;

/**
 * One tax rate's figures in the sales tax report (RPT-5).
 *
 * @param code       the rate code
 * @param taxable    the base the rate was applied to
 * @param nonTaxable the rest of the documents' line amounts after discounts
 * @param tax        the tax
 */
public record TaxRateRow(String code, Money taxable, Money nonTaxable, Money tax) {
}
