package org.studiokit.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * An exact amount of one currency, held as minor units (MON-1). Every lossy step names its rounding (MON-2);
 * {@link #allocate(long...)} spreads an amount over weights by the largest-remainder method (MON-3).
 *
 * @param minor    the amount in minor units (cents)
 * @param currency the currency
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    /**
     * The largest magnitude, in minor units, of any amount a document line, a document or a money movement may
     * carry (10^13: a hundred billion dollars), so that sums over a studio's records never overflow.
     */
    public static final long MAX_RECORD_MINOR = 10_000_000_000_000L;

    private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?");
    private static final Pattern OVER_LIMIT = Pattern.compile("[+-]?\\d{16,}(\\.\\d+)?");

    /** The zero of the currency most recently asked for: amounts are immutable, so zeros are shared. */
    private static volatile Money lastZero = new Money(0, Currency.getInstance("USD"));

    /** Validates the currency. */
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** @return zero of the currency */
    public static Money zero(Currency currency) {
        Money z = lastZero;
        if (z.currency == currency) {
            return z;
        }
        z = new Money(0, Objects.requireNonNull(currency, "currency"));
        lastZero = z;
        return z;
    }

    /**
     * Sums amounts exactly (joda-money's {@code Money.total}): every amount must be of the currency
     * ({@code CURRENCY_MISMATCH}) and the running sum must fit in a long ({@code VALIDATION}); no amounts give zero.
     *
     * @return the exact sum
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money zero = zero(currency);
        long sum = 0;
        for (Money m : amounts) {
            zero.check(m);
            long add = m.minor;
            long before = sum;
            sum = exact(() -> Math.addExact(before, add));
        }
        return ofMinor(sum, currency);
    }

    /** @return the exact sum of the amounts, see {@link #total(Currency, Iterable)} */
    public static Money total(Currency currency, Money... amounts) {
        return total(currency, Arrays.asList(amounts));
    }

    /** @return the amount of minor units */
    public static Money ofMinor(long minor, Currency currency) {
        return minor == 0 ? zero(currency) : new Money(minor, currency);
    }

    /** @return the number of decimals of the currency (0 for currencies without minor units) */
    public static int decimals(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * Parses a decimal string such as {@code "150.00"} or {@code "-5"}. Rejects more decimals than the currency
     * has, exponents, grouping and anything that is not a plain decimal number ({@code VALIDATION}).
     */
    public static Money parse(String text, Currency currency) {
        Money plain = plain(text, currency);
        if (plain != null) {
            return plain;
        }
        Objects.requireNonNull(currency, "currency");
        if (text != null && OVER_LIMIT.matcher(text).matches()) {
            String limit = ofMinor(MAX_RECORD_MINOR, currency).toString();
            throw new StudioException(ErrorCode.VALIDATION, "amount " + text + " is over the limit of " + limit,
                    "amount", text, "limit", limit);
        }
        if (text == null || !AMOUNT.matcher(text).matches()) {
            throw new StudioException(ErrorCode.VALIDATION, "not an amount: " + text, "amount", text);
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > decimals(currency)) {
            throw new StudioException(ErrorCode.VALIDATION,
                    "amount " + text + " has more decimals than " + currency.getCurrencyCode() + " allows",
                    "amount", text);
        }
        return ofMinor(value.movePointRight(decimals(currency)).longValueExact(), currency);
    }

    /**
     * @return the amount of the common form of {@link #parse}'s text (a sign, 1 to 15 digits, and a point with 1 to
     *         the currency's decimals digits) read without a regular expression or a {@code BigDecimal}; null for
     *         any other text ({@link #parse} then decides on it, the same way as for every text read here)
     */
    public static Money plain(String text, Currency currency) {
        long minor = MoneyText.parsePlain(text, decimals(Objects.requireNonNull(currency, "currency")));
        return minor == MoneyText.NOT_PLAIN ? null : ofMinor(minor, currency);
    }

    /**
     * Converts a decimal value to money, rounding to the minor unit with the given mode.
     */
    public static Money of(BigDecimal value, Currency currency, RoundingMode rounding) {
        BigDecimal minor = value.movePointRight(decimals(currency)).setScale(0, rounding);
        return ofMinor(minor.longValueExact(), currency);
    }

    /** @return the amount as a decimal with the currency's scale */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, decimals(currency));
    }

    /** @return the amount as a plain string with the currency's decimals, e.g. {@code "-12.50"} */
    @Override
    public String toString() {
        return MoneyText.plain(minor, decimals(currency));
    }

    /** @return this plus other (same currency, {@code CURRENCY_MISMATCH} otherwise) */
    public Money plus(Money other) {
        check(other);
        if (other.minor == 0) {
            return this;
        }
        if (minor == 0) {
            return other;
        }
        return new Money(exact(() -> Math.addExact(minor, other.minor)), currency);
    }

    /** @return this minus other */
    public Money minus(Money other) {
        check(other);
        if (other.minor == 0) {
            return this;
        }
        return new Money(exact(() -> Math.subtractExact(minor, other.minor)), currency);
    }

    /** @return the negated amount */
    public Money negate() {
        if (minor == 0) {
            return this;
        }
        return new Money(exact(() -> Math.negateExact(minor)), currency);
    }

    /** @return the absolute amount */
    public Money abs() {
        return minor < 0 ? negate() : this;
    }

    /** @return this times an integer quantity, exact */
    public Money times(long quantity) {
        if (quantity == 1) {
            return this;
        }
        return new Money(exact(() -> Math.multiplyExact(minor, quantity)), currency);
    }

    /** @return round(this × percent / 100) with the given rounding */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        BigDecimal value = BigDecimal.valueOf(minor).multiply(percent).divide(BigDecimal.valueOf(100));
        return ofMinor(value.setScale(0, rounding).longValueExact(), currency);
    }

    /** @return round(this / divisor) with the given rounding */
    public Money divide(BigDecimal divisor, RoundingMode rounding) {
        BigDecimal value = new BigDecimal(minor).divide(divisor, 0, rounding);
        return ofMinor(value.longValueExact(), currency);
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(minor);
    }

    /** @return true when zero */
    public boolean isZero() {
        return minor == 0;
    }

    /** @return true when below zero */
    public boolean isNegative() {
        return minor < 0;
    }

    /** @return true when above zero */
    public boolean isPositive() {
        return minor > 0;
    }

    /** @return the larger of the two */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** @return the smaller of the two */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        check(other);
        return Long.compare(minor, other.minor);
    }

    /** @return true when this is greater than other */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** @return true when this is less than other */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Splits this amount over the weights by the largest-remainder method (MON-3): each part gets
     * floor(|amount| × w / Σw); the leftover minor units go one each to the largest remainders, ties to the
     * earlier item. Weights count by magnitude; a negative amount is split by its magnitude and the parts take
     * its sign. When every weight is zero the whole amount goes to the first item.
     *
     * @return one part per weight; the parts sum exactly to this amount
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        if (minor == 0) {
            return Collections.nCopies(weights.length, this);
        }
        long[] parts = Allocation.largestRemainder(Math.abs(minor), weights);
        List<Money> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(ofMinor(minor < 0 ? -p : p, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /** Splits this amount in proportion to other amounts (by magnitude), see {@link #allocate(long...)}. */
    public List<Money> allocate(List<Money> weights) {
        long[] w = new long[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i).minor();
        }
        return allocate(w);
    }

    /** @return this amount, after checking it is of the currency ({@code CURRENCY_MISMATCH} otherwise) */
    public Money requireCurrency(Currency expected) {
        zero(expected).check(this);
        return this;
    }

    /** @return whether the magnitude is within {@link #MAX_RECORD_MINOR} */
    public boolean withinRecordLimit() {
        return minor >= -MAX_RECORD_MINOR && minor <= MAX_RECORD_MINOR;
    }

    private static long exact(java.util.function.LongSupplier op) {
        try {
            return op.getAsLong();
        } catch (ArithmeticException e) {
            throw new StudioException(ErrorCode.VALIDATION, "amount out of range", "cause", e.getMessage());
        }
    }

    private void check(Money other) {
        if (!currency.equals(other.currency)) {
            throw new StudioException(ErrorCode.CURRENCY_MISMATCH,
                    "currency mismatch: " + currency + " and " + other.currency,
                    "expected", currency.getCurrencyCode(), "actual", other.currency.getCurrencyCode());
        }
    }
}
