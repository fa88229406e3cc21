package org.studiokit.export;

import java.util.Objects;

/**
 * One line of an exported transaction.
 *
 * @param account the account name, as the studio maps it (uncleaned: each format cleans it its own way)
 * @param client  the client's name, or null when the line names none (A/R and Customer Deposits lines always do)
 * @param amount  debit-positive amount in minor units of the book's currency
 */
public record ExportLine(String account, String client, long amount) {
    /** Validates. */
    public ExportLine {
        Objects.requireNonNull(account, "account");
    }

    /** @return the debit in minor units (0 for a credit line) */
    public long debit() {
        return Math.max(amount, 0);
    }

    /** @return the credit in minor units, positive (0 for a debit line) */
    public long credit() {
        return Math.max(-amount, 0);
    }
}
