package org.studiokit.core.store;

import java.util.Arrays;

/**
 * A repository's records in ascending id order: the ids and the records side by side, so reading every record (or
 * every record that passes a test) walks two arrays in order instead of looking each id up in the id table. A new
 * id is appended when it is the largest, as new ids are. Not thread-safe (its owner guards it).
 */
final class IdOrder {
    private long[] ids;
    private Object[] records;
    private int size;

    IdOrder(int capacity) {
        ids = new long[Math.max(1, capacity)];
        records = new Object[ids.length];
    }

    /** Adds a record under its id in order, or replaces the record of an id already present. */
    void put(long id, Object record) {
        int at = size > 0 && ids[size - 1] >= id ? Arrays.binarySearch(ids, 0, size, id) : -size - 1;
        if (at >= 0) {
            records[at] = record;
            return;
        }
        at = -at - 1;
        if (size == ids.length) {
            int capacity = size + (size >> 1) + 1;
            ids = Arrays.copyOf(ids, capacity);
            records = Arrays.copyOf(records, capacity);
        }
        System.arraycopy(ids, at, ids, at + 1, size - at);
        System.arraycopy(records, at, records, at + 1, size - at);
        ids[at] = id;
        records[at] = record;
        size++;
    }

    /** Removes an id and its record if present. */
    void remove(long id) {
        int at = size > 0 && ids[size - 1] == id ? size - 1 : Arrays.binarySearch(ids, 0, size, id);
        if (at >= 0) {
            System.arraycopy(ids, at + 1, ids, at, size - at - 1);
            System.arraycopy(records, at + 1, records, at, size - at - 1);
            size--;
            records[size] = null;
        }
    }

    /** @return the record at a position (ascending id order) */
    Object record(int index) {
        return records[index];
    }

    /** @return a copy of the records in id order */
    Object[] copy() {
        return Arrays.copyOf(records, size);
    }

    int size() {
        return size;
    }
}
