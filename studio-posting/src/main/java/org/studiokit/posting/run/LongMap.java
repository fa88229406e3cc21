package org.studiokit.posting.run;

/**
 * A hash map from primitive longs (record ids) to non-null values, open addressing with linear probing: a posting
 * run keeps per-record state for every record it posts without boxed keys or map entries. No removal.
 *
 * @param <V> value type
 */
final class LongMap<V> {
    private long[] keys;
    private Object[] values;
    private int size;

    /** @param expected how many keys it will likely hold */
    LongMap(int expected) {
        int capacity = 16;
        while (capacity * 3 < expected * 4) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** @return the value of the key, or null */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Maps the key to a non-null value, replacing any earlier one. */
    void put(long key, V value) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = java.util.Objects.requireNonNull(value, "value");
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
