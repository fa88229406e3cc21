package org.studiokit.core.tax;

import java.util.List;
import java.util.Objects;
import org.studiokit.core.money.Money;

/**
 * What a document offers to tax (TAX-3, TAX-4): each line's amount after every discount with its tax codes, and
 * shipping with the codes that tax it (none when shipping is not taxable).
 *
 * @param amounts       each line's taxable base, in line order
 * @param codes         each line's tax codes, in line order
 * @param shipping      shipping and handling
 * @param shippingCodes the codes that tax shipping
 */
public record TaxBases(List<Money> amounts, List<List<String>> codes, Money shipping, List<String> shippingCodes) {
    /** Validates and copies. */
    public TaxBases {
        amounts = List.copyOf(amounts);
        codes = codes.stream().map(List::copyOf).toList();
        Objects.requireNonNull(shipping, "shipping");
        shippingCodes = List.copyOf(shippingCodes);
        if (amounts.size() != codes.size()) {
            throw new IllegalArgumentException("one list of codes per line: " + amounts.size() + " lines, "
                    + codes.size() + " code lists");
        }
    }

    /** @return the base at index i: a line for i below the line count, shipping at the line count */
    Money base(int i) {
        return i < amounts.size() ? amounts.get(i) : shipping;
    }

    /** @return the codes of the base at index i (see {@link #base(int)}) */
    List<String> codesOf(int i) {
        return i < amounts.size() ? codes.get(i) : shippingCodes;
    }

    /** @return whether any line or shipping uses the code */
    boolean uses(String code) {
        return shippingCodes.contains(code) || codes.stream().anyMatch(c -> c.contains(code));
    }
}
