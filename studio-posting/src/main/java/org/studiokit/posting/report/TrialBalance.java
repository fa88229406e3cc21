package org.studiokit.posting.report;

import java.util.Map;
import org.studiokit.core.money.Money;

/**
 * RPT-6 trial balance: every account with any journal line, debit-positive, and their sum (zero).
 *
 * @param accounts balances by account name, sorted by name
 * @param total    Σ balances
 */
public record TrialBalance(Map<String, Money> accounts, Money total) {
}
