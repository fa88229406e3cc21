package org.studiokit.core.document;

import java.util.List;
import java.util.Objects;
import org.studiokit.core.money.Money;

/**
 * An invoice line (DOC-3).
 *
 * @param item        the item name
 * @param description free text or null
 * @param category    a category or null
 * @param account     an explicit GL income account or null (DOC-13 then resolves it)
 * @param quantity    integer quantity (negative only on credit memos)
 * @param unitPrice   the unit price (not negative)
 * @param discount    the line discount or null
 * @param taxes       the tax codes that apply; an empty list means non-taxable, null means the invoice's set
 */
public record Line(String item, String description, String category, String account, long quantity, Money unitPrice,
        Discount discount, List<String> taxes) {

    /** Validates. */
    public Line {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unitPrice, "unitPrice");
        taxes = taxes == null ? null : List.copyOf(taxes);
    }

    /** @return a simple line with no discount, taxed with the invoice's set */
    public static Line of(String item, long quantity, Money unitPrice) {
        return new Line(item, null, null, null, quantity, unitPrice, null, null);
    }

    /** @return this line with another quantity */
    public Line withQuantity(long q) {
        return new Line(item, description, category, account, q, unitPrice, discount, taxes);
    }

    /** @return this line with a discount */
    public Line withDiscount(Discount d) {
        return new Line(item, description, category, account, quantity, unitPrice, d, taxes);
    }

    /** @return this line with its own tax codes */
    public Line withTaxes(List<String> codes) {
        return new Line(item, description, category, account, quantity, unitPrice, discount, codes);
    }
}
