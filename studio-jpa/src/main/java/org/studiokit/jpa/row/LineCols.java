package org.studiokit.jpa.row;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import tools.jackson.core.type.TypeReference;

/** One invoice line (DOC-3), in the document's currency. */
@Embeddable
public class LineCols {
    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };
    String item;
    String description;
    String category;
    String account;
    long quantity;
    long unitPriceMinor;
    Long discountMinor;
    String discountPercent;
    String taxCodes;

    /** For the persistence provider. */
    protected LineCols() {
    }

    static LineCols of(Line l) {
        LineCols c = new LineCols();
        c.item = l.item();
        c.description = l.description();
        c.category = l.category();
        c.account = l.account();
        c.quantity = l.quantity();
        c.unitPriceMinor = l.unitPrice().minor();
        c.discountMinor = l.discount() == null || l.discount().amount() == null ? null : l.discount().amount().minor();
        c.discountPercent = percent(l.discount());
        c.taxCodes = Json.write(l.taxes());
        return c;
    }

    Line line(Currency currency) {
        return new Line(item, description, category, account, quantity, Money.ofMinor(unitPriceMinor, currency),
                discount(discountMinor, discountPercent, currency), codes(taxCodes));
    }

    /** @return a discount's percent as exact text (scale kept), or null */
    static String percent(Discount d) {
        return d == null || d.percent() == null ? null : d.percent().toString();
    }

    static Discount discount(Long minor, String percent, Currency currency) {
        if (minor != null) {
            return Discount.amount(Money.ofMinor(minor, currency));
        }
        return percent == null ? null : Discount.percent(new BigDecimal(percent));
    }

    static List<String> codes(String json) {
        return Json.read(json, CODES);
    }
}
