package org.studiokit.posting.journal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Journal amounts per account and client, netted, in the order accounts first appeared. Used for what a record
 * should book, what it has booked and their difference (LCK-2).
 */
public final class Booking {
    private final LinkedHashMap<LineKey, Long> amounts = new LinkedHashMap<>();

    /** Adds a debit-positive amount in minor units. */
    public Booking add(String account, long clientId, long minor) {
        if (minor != 0) {
            amounts.merge(new LineKey(account, clientId), minor, Long::sum);
        }
        return this;
    }

    /** Adds every amount of another booking, times a sign. */
    public Booking add(Booking other, int sign) {
        other.amounts.forEach((k, v) -> amounts.merge(k, v * sign, Long::sum));
        return this;
    }

    /** @return the non-zero amounts */
    public Map<LineKey, Long> amounts() {
        Map<LineKey, Long> m = new LinkedHashMap<>();
        amounts.forEach((k, v) -> {
            if (v != 0) {
                m.put(k, v);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** @return whether every amount is zero */
    public boolean isZero() {
        return amounts.values().stream().allMatch(v -> v == 0);
    }

    /** @return a copy */
    public Booking copy() {
        Booking b = new Booking();
        b.amounts.putAll(amounts);
        return b;
    }

    /** @return this − other */
    public Booking minus(Booking other) {
        return copy().add(other, -1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Booking b && amounts().equals(b.amounts());
    }

    @Override
    public int hashCode() {
        return amounts().hashCode();
    }

    @Override
    public String toString() {
        return amounts().toString();
    }
}
