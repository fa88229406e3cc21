package org.studiokit.core;

import java.time.LocalDate;

/**
 * One instance per calendar date for the records a studio holds: a million records dated over a year would
 * otherwise carry a million equal {@link LocalDate}s. Dates are immutable values, so sharing them changes nothing a
 * caller can see; a date that misses the small table is kept as it is.
 */
public final class SharedDates {
    /** Slots, a power of two: two consecutive years of days land in different slots. */
    private static final int SLOTS = 4096;
    private static final LocalDate[] TABLE = new LocalDate[SLOTS];

    private SharedDates() {
    }

    /** @return an equal date, the one held for its day when there is one; null stays null */
    public static LocalDate shared(LocalDate date) {
        if (date == null) {
            return null;
        }
        int slot = date.hashCode() & (SLOTS - 1);
        LocalDate held = TABLE[slot];
        if (date.equals(held)) {
            return held;
        }
        TABLE[slot] = date;
        return date;
    }
}
