package org.studiokit.core.movement;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * REF-1, DEP-4: a refund is at most the credit balance of its document, and a deposit refund at most what the
 * deposit has left ({@code OVER_REFUND}). The same rule when a refund is recorded and when it is edited.
 */
public final class RefundPolicy {
    private RefundPolicy() {
    }

    /**
     * REF-1.
     *
     * @param amount the refund
     * @param credit the document's credit balance without this refund (negative when it has a balance due)
     */
    public static void check(Money amount, Money credit) {
        if (amount.isGreaterThan(credit)) {
            throw new StudioException(ErrorCode.OVER_REFUND, "refund " + amount + " exceeds the credit balance "
                    + credit.max(Money.zero(credit.currency())), "amount", amount, "credit", credit);
        }
    }

    /**
     * DEP-4.
     *
     * @param amount    the refund
     * @param remaining what the deposit has left
     */
    public static void checkDeposit(Money amount, Money remaining) {
        if (amount.isGreaterThan(remaining)) {
            throw new StudioException(ErrorCode.OVER_REFUND, "refund " + amount + " exceeds the deposit's "
                    + remaining, "amount", amount, "remaining", remaining);
        }
    }
}
