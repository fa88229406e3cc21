package org.studiokit.testkit;

import java.util.Currency;
import java.util.random.RandomGenerator;
import org.studiokit.core.money.Money;

/**
 * An amount chosen relative to what the studio allows when the operation runs (a balance due, a deposit's remaining
 * amount, a credit), so generated sequences are often valid and sometimes deliberately not.
 *
 * @param kind  how the amount relates to the reference
 * @param value the kind's parameter: a percentage for {@code PART}, minor units for {@code OVER}, {@code FIXED} and
 *              {@code NEGATIVE}
 */
public record Amount(Kind kind, long value) {

    /** How an amount relates to its reference. */
    public enum Kind {
        /** Exactly the reference. */
        ALL,
        /** {@code value} percent of the reference, at least one minor unit. */
        PART,
        /** The reference plus {@code value} minor units: over the limit. */
        OVER,
        /** {@code value} minor units whatever the reference. */
        FIXED,
        /** Zero: refused with {@code VALIDATION}. */
        ZERO,
        /** Minus {@code value} minor units: refused with {@code VALIDATION}. */
        NEGATIVE
    }

    /** @return the amount for a reference (the reference's currency) */
    public Money resolve(Money reference) {
        return resolve(reference.minor(), reference.currency());
    }

    /** @return the amount for a reference in minor units */
    public Money resolve(long reference, Currency currency) {
        long minor = switch (kind) {
            case ALL -> reference;
            case PART -> Math.max(1, Math.floorDiv(Math.max(reference, 0) * value, 100));
            case OVER -> Math.max(reference, 0) + value;
            case FIXED -> value;
            case ZERO -> 0;
            case NEGATIVE -> -value;
        };
        return Money.ofMinor(minor, currency);
    }

    /** @return a random amount: mostly within the limit, sometimes over it, zero or negative */
    public static Amount gen(RandomGenerator r) {
        int roll = r.nextInt(100);
        if (roll < 50) {
            return new Amount(Kind.PART, 10 + r.nextInt(91));
        }
        if (roll < 75) {
            return new Amount(Kind.ALL, 0);
        }
        if (roll < 86) {
            return new Amount(Kind.OVER, 1 + r.nextInt(r.nextBoolean() ? 2 : 5_000));
        }
        if (roll < 94) {
            return new Amount(Kind.FIXED, 1 + r.nextInt(20_000));
        }
        if (roll < 97) {
            return new Amount(Kind.ZERO, 0);
        }
        return new Amount(Kind.NEGATIVE, 1 + r.nextInt(1_000));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "all";
            case PART -> value + "%";
            case OVER -> "all+" + value;
            case FIXED -> "fixed " + value;
            case ZERO -> "zero";
            case NEGATIVE -> "-" + value;
        };
    }
}
