package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-2 customer deposit reconciliation: −(unapplied posted deposits and un-applies) − Σ net posted money of
 * unposted documents.
 *
 * @param asOf  the as-of date, or null for everything
 * @param rows  rows per deposit and per document
 * @param total the signed total
 */
public record DepositReconciliation(LocalDate asOf, List<ReconciliationRow> rows, Money total) {
}
