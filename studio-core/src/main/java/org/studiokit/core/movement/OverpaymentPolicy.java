package org.studiokit.core.movement;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * PAY-1: a payment is at most the balance due it is paid against, unless the studio allows overpayment
 * ({@code OVERPAYMENT}). The same rule when a payment is recorded and when it is edited.
 */
public final class OverpaymentPolicy {
    private OverpaymentPolicy() {
    }

    /**
     * @param amount  the payment
     * @param due     the invoice's balance due without this payment
     * @param allowed whether the studio allows overpayment
     */
    public static void check(Money amount, Money due, boolean allowed) {
        if (amount.isGreaterThan(due) && !allowed) {
            throw new StudioException(ErrorCode.OVERPAYMENT, "payment " + amount + " exceeds the balance due "
                    + due, "amount", amount, "balance", due);
        }
    }
}
