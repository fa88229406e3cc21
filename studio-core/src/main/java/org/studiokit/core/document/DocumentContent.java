package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.SharedDates;
import org.studiokit.core.money.Money;

/**
 * What a document says and what an edit replaces (DOC-4..7): its date, lines, discount, shipping, tax codes and the
 * totals priced from them.
 *
 * @param date     the document date
 * @param lines    the lines
 * @param discount the invoice discount or null
 * @param shipping shipping and handling (signed like the document)
 * @param taxes    the invoice's tax codes
 * @param totals   the priced totals (zero once void)
 */
public record DocumentContent(LocalDate date, List<Line> lines, Discount discount, Money shipping, List<String> taxes,
        Totals totals) {

    /** Validates and copies. */
    public DocumentContent {
        date = SharedDates.shared(Objects.requireNonNull(date, "date"));
        Objects.requireNonNull(totals, "totals");
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /** @return the same content with other totals */
    public DocumentContent withTotals(Totals newTotals) {
        return new DocumentContent(date, lines, discount, shipping, taxes, newTotals);
    }
}
