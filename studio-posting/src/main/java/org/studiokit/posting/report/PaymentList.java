package org.studiokit.posting.report;

import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-7 payment list: payments received against invoices, in date and number order (grouped by method when asked).
 *
 * @param payments the payments
 * @param total    Σ amounts
 */
public record PaymentList(List<PaymentRow> payments, Money total) {
}
