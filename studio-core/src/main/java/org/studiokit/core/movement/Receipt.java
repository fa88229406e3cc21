package org.studiokit.core.movement;

import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;

/**
 * The result of a money-moving command, as it was when the command ran. A retry with the same idempotency key
 * returns the same receipt (IDM-1).
 *
 * @param movement      the movement made (for a deposit refund: the refund)
 * @param application   a deposit refund's application, else null
 * @param document      the affected document as it then was (a deposit refund's $0 invoice, a write-off's credit
 *                      memo), or null for a deposit
 * @param balance       the affected document's balance (a transfer's source), or null
 * @param targetBalance a transfer's (or write-off's) target balance, else null
 * @param remaining     the remaining amount of the deposit or un-apply involved, else null
 */
public record Receipt(MoneyMovement movement, MoneyMovement application, Document document, Money balance,
        Money targetBalance, Money remaining) {
}
