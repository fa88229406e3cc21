package org.studiokit.posting.report;

import java.util.Map;
import org.studiokit.core.money.Money;

/**
 * One batch in the posting summary (RPT-6).
 *
 * @param batch     the batch number
 * @param documents documents posted for the first time, by type name
 * @param journal   debit and credit sums per account, sorted by account
 * @param debits    Σ debits
 * @param credits   Σ credits
 */
public record BatchSummary(long batch, Map<String, Integer> documents, Map<String, DebitCredit> journal,
        Money debits, Money credits) {
}
