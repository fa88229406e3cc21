package org.studiokit.posting.journal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Journal amounts per account and client, netted, in the order accounts first appeared. Used for what a record
 * should book, what it has booked and their difference (LCK-2). Held as three parallel arrays (a record books a
 * handful of accounts, so a linear search beats a map and costs no boxed amounts or map entries); a key whose
 * amount nets to zero keeps its place, {@link #amounts()} leaves it out.
 */
public final class Booking {
    private static final String[] NO_ACCOUNTS = {};
    private static final long[] NO_LONGS = {};

    private String[] accounts = NO_ACCOUNTS;
    private long[] clients = NO_LONGS;
    private long[] minors = NO_LONGS;
    private int size;

    /** An empty booking. */
    public Booking() {
    }

    /** @param keys how many keys it will likely hold: room for them up front, so adding them never grows it */
    public Booking(int keys) {
        if (keys > 0) {
            accounts = new String[keys];
            clients = new long[keys];
            minors = new long[keys];
        }
    }

    /** Adds a debit-positive amount in minor units. */
    public Booking add(String account, long clientId, long minor) {
        if (minor != 0) {
            merge(account, clientId, minor);
        }
        return this;
    }

    /** Adds every amount of another booking, times a sign. */
    public Booking add(Booking other, int sign) {
        for (int i = 0; i < other.size; i++) {
            merge(other.accounts[i], other.clients[i], other.minors[i] * sign);
        }
        return this;
    }

    private void merge(String account, long clientId, long minor) {
        for (int i = 0; i < size; i++) {
            if (clients[i] == clientId && (accounts[i] == account || accounts[i].equals(account))) {
                minors[i] += minor;
                return;
            }
        }
        if (size == minors.length) {
            int capacity = Math.max(4, size * 2);
            accounts = Arrays.copyOf(accounts, capacity);
            clients = Arrays.copyOf(clients, capacity);
            minors = Arrays.copyOf(minors, capacity);
        }
        accounts[size] = Objects.requireNonNull(account, "account");
        clients[size] = clientId;
        minors[size] = minor;
        size++;
    }

    /** @return how many account and client keys it holds, zero amounts included (index them with the getters) */
    public int size() {
        return size;
    }

    /** @return the account of key {@code i} */
    public String account(int i) {
        return accounts[i];
    }

    /** @return the client id of key {@code i} (0 for none) */
    public long clientId(int i) {
        return clients[i];
    }

    /** @return the debit-positive amount of key {@code i} in minor units (may be 0) */
    public long minor(int i) {
        return minors[i];
    }

    /** @return the non-zero amounts */
    public Map<LineKey, Long> amounts() {
        Map<LineKey, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (minors[i] != 0) {
                m.put(new LineKey(accounts[i], clients[i]), minors[i]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return whether every amount is zero */
    public boolean isZero() {
        for (int i = 0; i < size; i++) {
            if (minors[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** @return a copy, its arrays no longer than its keys */
    public Booking copy() {
        Booking b = new Booking();
        if (size > 0) {
            b.accounts = Arrays.copyOf(accounts, size);
            b.clients = Arrays.copyOf(clients, size);
            b.minors = Arrays.copyOf(minors, size);
            b.size = size;
        }
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
