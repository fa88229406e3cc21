package org.studiokit.posting.report;

import org.studiokit.core.money.Money;

/**
 * One client's row of the A/R aging (RPT-1).
 *
 * @param clientNumber the client number
 * @param client       the client name
 * @param current      0–30 days
 * @param days31to60   31–60 days
 * @param days61to90   61–90 days
 * @param days91plus   91 days and more
 * @param deposits     unapplied deposits and un-applies, negative
 * @param total        the row total, deposits included
 */
public record AgingRow(long clientNumber, String client, Money current, Money days31to60, Money days61to90,
        Money days91plus, Money deposits, Money total) {
}
