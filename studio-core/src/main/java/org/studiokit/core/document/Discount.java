package org.studiokit.core.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * A discount: an amount or a percentage (DOC-4, DOC-5). Amounts are magnitudes: on a credit memo they take the
 * memo's sign.
 *
 * @param amount  the amount, or null for a percentage
 * @param percent the percentage (0–100), or null for an amount
 */
public record Discount(Money amount, BigDecimal percent) {

    /** Validates: exactly one of amount or percent, neither negative, percent at most 100. */
    public Discount {
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException("a discount is an amount or a percent");
        }
        if (amount != null && amount.isNegative()) {
            throw new StudioException(ErrorCode.VALIDATION, "negative discount " + amount, "discount", amount);
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new StudioException(ErrorCode.VALIDATION, "discount percent out of range " + percent,
                    "discount", percent);
        }
    }

    /** @return an amount discount */
    public static Discount amount(Money amount) {
        return new Discount(amount, null);
    }

    /** @return a percent discount */
    public static Discount percent(BigDecimal percent) {
        return new Discount(null, percent);
    }

    /** Parses {@code "25.00"} or {@code "10%"}. */
    public static Discount parse(String text, Currency currency) {
        if (text != null && text.endsWith("%")) {
            String p = text.substring(0, text.length() - 1);
            if (!p.matches("\\d{1,3}(\\.\\d{1,4})?")) {
                throw new StudioException(ErrorCode.VALIDATION, "bad discount " + text, "discount", text);
            }
            return percent(new BigDecimal(p));
        }
        return amount(Money.parse(text, currency));
    }

    /**
     * @param base the amount the discount applies to (may be negative on a credit memo)
     * @return the discount on that base, with the base's sign
     */
    public Money on(Money base, RoundingMode rounding) {
        if (percent != null) {
            return base.percent(percent, rounding);
        }
        return base.isNegative() ? amount.negate() : amount;
    }

    @Override
    public String toString() {
        return percent != null ? percent.toPlainString() + "%" : amount.toString();
    }
}
