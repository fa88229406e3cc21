package org.studiokit.core.movement;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * TRF-1: a credit transfer is at most the source's credit balance and at most the target's balance due
 * ({@code OVER_APPLICATION}); DOC-11: a write-off is at most the invoice's balance. The same rule when a transfer is
 * recorded and when it is edited.
 */
public final class TransferPolicy {
    private TransferPolicy() {
    }

    /**
     * TRF-1.
     *
     * @param amount the transfer
     * @param credit the source's credit balance without this transfer
     * @param due    the target's balance due without this transfer
     */
    public static void check(Money amount, Money credit, Money due) {
        if (amount.isGreaterThan(credit) || amount.isGreaterThan(due)) {
            throw new StudioException(ErrorCode.OVER_APPLICATION, "transfer " + amount + " exceeds the credit "
                    + credit + " or the balance due " + due, "amount", amount, "credit", credit, "due", due);
        }
    }

    /**
     * DOC-11.
     *
     * @param amount the write-off
     * @param due    the invoice's balance due
     */
    public static void checkWriteOff(Money amount, Money due) {
        if (amount.isGreaterThan(due)) {
            throw new StudioException(ErrorCode.OVER_APPLICATION, "write-off " + amount
                    + " exceeds the balance " + due, "amount", amount, "balance", due);
        }
    }
}
