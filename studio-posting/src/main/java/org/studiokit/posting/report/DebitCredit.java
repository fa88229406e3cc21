package org.studiokit.posting.report;

import org.studiokit.core.money.Money;

/**
 * Sums of debit and credit lines on one account.
 *
 * @param debit  Σ debits
 * @param credit Σ credits (positive)
 */
public record DebitCredit(Money debit, Money credit) {
    /** @return the sum of two */
    public DebitCredit plus(DebitCredit o) {
        return new DebitCredit(debit.plus(o.debit), credit.plus(o.credit));
    }
}
