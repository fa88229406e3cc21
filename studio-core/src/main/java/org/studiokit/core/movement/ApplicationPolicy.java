package org.studiokit.core.movement;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * DEP-2: a deposit application is at most what the deposit (or un-apply) has left and at most the invoice's balance
 * due ({@code OVER_APPLICATION}); a deposit never has more applied than its amount. The same rule when an
 * application is recorded and when it, or its deposit, is edited.
 */
public final class ApplicationPolicy {
    private ApplicationPolicy() {
    }

    /**
     * @param amount    the application
     * @param remaining what the deposit has left without this application
     * @param due       the invoice's balance due without this application
     */
    public static void check(Money amount, Money remaining, Money due) {
        if (amount.isGreaterThan(remaining) || amount.isGreaterThan(due)) {
            throw new StudioException(ErrorCode.OVER_APPLICATION, "applying " + amount + " exceeds the deposit's "
                    + remaining + " or the balance " + due, "amount", amount, "remaining", remaining,
                    "balance", due);
        }
    }

    /**
     * @param source    a deposit or un-apply
     * @param remaining what it has left after its applications
     */
    public static void checkSource(MoneyMovement source, Money remaining) {
        if (remaining.isNegative()) {
            throw new StudioException(ErrorCode.OVER_APPLICATION, "more of the deposit is applied than "
                    + source.amount(), "amount", source.amount());
        }
    }
}
