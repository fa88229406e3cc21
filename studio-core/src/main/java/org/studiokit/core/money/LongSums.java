package org.studiokit.core.money;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Sums of amounts in minor units by a {@code long} key (a record id), {@code width} sums per key: an open-addressing
 * table of primitive arrays, so a report over a million records boxes no key and allocates no amount per record.
 * Sums are exact: one out of range is refused as {@code Money} refuses it ({@code VALIDATION}).
 */
public final class LongSums {
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final int width;
    private long[] keys;
    private boolean[] used;
    private long[] sums;
    private int size;
    private int shift;

    /** @param expected about how many keys there will be (the table grows past it) */
    public LongSums(int width, int expected) {
        this.width = width;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    /** Adds an amount to one of a key's sums. */
    public void add(long key, int slot, long amount) {
        int i = slotOf(key);
        if (!used[i]) {
            if (2 * (size + 1) > keys.length) {
                grow();
                i = slotOf(key);
            }
            used[i] = true;
            keys[i] = key;
            size++;
        }
        sums[i * width + slot] = plus(sums[i * width + slot], amount);
    }

    /** @return one of a key's sums, 0 for a key never added to */
    public long get(long key, int slot) {
        int i = slotOf(key);
        return used[i] ? sums[i * width + slot] : 0;
    }

    /** @return a + b, refused with {@code VALIDATION} ("amount out of range") as {@code Money} does */
    public static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new StudioException(ErrorCode.VALIDATION, "amount out of range", "cause", e.getMessage());
        }
    }

    /** @return the slot holding the key, or the empty slot where it belongs */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int i = (int) ((key * MIX) >>> shift);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        used = new boolean[capacity];
        sums = new long[capacity * width];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        long[] oldSums = sums;
        allocate(keys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = slotOf(oldKeys[j]);
                used[i] = true;
                keys[i] = oldKeys[j];
                System.arraycopy(oldSums, j * width, sums, i * width, width);
            }
        }
    }
}
