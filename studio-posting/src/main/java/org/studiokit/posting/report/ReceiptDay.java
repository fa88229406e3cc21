package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.Map;
import org.studiokit.core.money.Money;

/**
 * One day of cash receipts (RPT-4).
 *
 * @param date    the day
 * @param methods receipts per payment method (refunds negative), in the studio's method order
 * @param cards   the card-method bank deposit subtotal
 * @param other   the other methods' bank deposit subtotal
 * @param total   the day's total
 */
public record ReceiptDay(LocalDate date, Map<String, Money> methods, Money cards, Money other, Money total) {
}
