package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;

/**
 * An edit of an unposted or unlocked document: each non-null field replaces the document's (LCK-2).
 *
 * @param date     a new date or null
 * @param lines    new lines or null
 * @param discount a new invoice discount or null (an amount of zero removes it)
 * @param shipping new shipping (magnitude) or null
 * @param taxes    new invoice tax codes or null
 */
public record DocumentChange(LocalDate date, List<Line> lines, Discount discount, Money shipping,
        List<String> taxes) {
    /** Copies. */
    public DocumentChange {
        lines = lines == null ? null : List.copyOf(lines);
        taxes = taxes == null ? null : List.copyOf(taxes);
    }
}
