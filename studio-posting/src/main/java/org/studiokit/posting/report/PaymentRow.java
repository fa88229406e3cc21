package org.studiokit.posting.report;

import java.time.LocalDate;
import org.studiokit.core.money.Money;

/**
 * One payment in the payment list (RPT-7).
 *
 * @param number  the movement number
 * @param date    its date
 * @param method  its method
 * @param amount  its amount
 * @param invoice the invoice number
 */
public record PaymentRow(long number, LocalDate date, String method, Money amount, long invoice) {
}
