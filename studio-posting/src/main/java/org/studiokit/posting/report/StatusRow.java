package org.studiokit.posting.report;

import org.studiokit.core.money.Money;

/**
 * One status of the order status report (RPT-7).
 *
 * @param count how many production orders are at it
 * @param value Σ totals of their invoices
 */
public record StatusRow(int count, Money value) {
}
