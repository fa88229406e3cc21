package org.studiokit.core.store;

import java.util.Arrays;

/** A growable, ascending list of distinct primitive longs: the ids of a repository or of one index key. */
final class LongList {
    private long[] values;
    private int size;

    LongList(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

    /** Adds the value in order unless present (appending when it is the largest, as new ids are). */
    void add(long value) {
        if (size > 0 && values[size - 1] >= value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                return;
            }
            insert(-at - 1, value);
            return;
        }
        insert(size, value);
    }

    private void insert(int at, long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value;
        size++;
    }

    /** Removes the value if present. */
    void remove(long value) {
        int at = size > 0 && values[size - 1] == value ? size - 1 : Arrays.binarySearch(values, 0, size, value);
        if (at >= 0) {
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }
    }

    long get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
