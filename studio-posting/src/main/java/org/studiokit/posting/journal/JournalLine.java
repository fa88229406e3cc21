package org.studiokit.posting.journal;

import java.util.Objects;
import org.studiokit.core.money.Money;

/**
 * One journal line: an account, the client it concerns (A/R and Customer Deposits lines always name one) and a
 * debit-positive amount.
 *
 * @param account  the account name
 * @param clientId the client's internal id, or 0
 * @param client   the client's name, or null
 * @param amount   debit-positive amount
 */
public record JournalLine(String account, long clientId, String client, Money amount) {
    /** Validates. */
    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    /** @return the debit (zero for a credit line) */
    public Money debit() {
        return amount.isPositive() ? amount : Money.zero(amount.currency());
    }

    /** @return the credit as a positive amount (zero for a debit line) */
    public Money credit() {
        return amount.isNegative() ? amount.negate() : Money.zero(amount.currency());
    }
}
