package org.studiokit.posting.report;

import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-4 daily cash receipts: money that changed hands, posted or not.
 *
 * @param days  the days with receipts, in date order
 * @param total Σ day totals
 */
public record CashReceipts(List<ReceiptDay> days, Money total) {
}
