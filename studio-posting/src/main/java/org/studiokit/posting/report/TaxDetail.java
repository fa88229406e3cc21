package org.studiokit.posting.report;

import java.time.LocalDate;
import org.studiokit.core.money.Money;

/**
 * One document's contribution to the sales tax report on one posting date (RPT-5 detail).
 *
 * @param date     the posting date
 * @param document the document number
 * @param sales    line amounts after discounts
 * @param shipping shipping
 * @param tax      tax
 * @param total    the document total contribution
 */
public record TaxDetail(LocalDate date, long document, Money sales, Money shipping, Money tax, Money total) {
}
