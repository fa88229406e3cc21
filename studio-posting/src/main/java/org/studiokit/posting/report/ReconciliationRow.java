package org.studiokit.posting.report;

import org.studiokit.core.money.Money;

/**
 * One row of the customer deposit reconciliation (RPT-2).
 *
 * @param kind   {@code deposit}, {@code unapply} or {@code document}
 * @param number the record number
 * @param client the client name
 * @param amount the signed amount it contributes
 */
public record ReconciliationRow(String kind, long number, String client, Money amount) {
}
