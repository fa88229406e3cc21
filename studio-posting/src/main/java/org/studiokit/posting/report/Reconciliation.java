package org.studiokit.posting.report;

import java.util.List;
import org.studiokit.core.money.Money;

/**
 * RPT-3 the reconciliation identity of the studio's policy, its two sides and the reconciling items.
 *
 * @param identity the identity checked
 * @param left     its left side (a GL balance, debit-positive)
 * @param right    its right side (from the records)
 * @param holds    left = right
 * @param items    reconciling items: unposted records, unlocked records, undelivered exports
 */
public record Reconciliation(String identity, Money left, Money right, boolean holds, List<String> items) {
}
