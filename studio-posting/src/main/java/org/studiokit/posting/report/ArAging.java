package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-1 accounts receivable aging.
 *
 * @param asOf  the as-of date
 * @param rows  one row per client with a non-zero column, in client number order
 * @param total Σ row totals
 */
public record ArAging(LocalDate asOf, List<AgingRow> rows, Money total) {
}
