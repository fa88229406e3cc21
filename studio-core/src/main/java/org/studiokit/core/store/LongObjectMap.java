package org.studiokit.core.store;

/**
 * A hash map from primitive longs to non-null values, open addressing with linear probing: no boxed keys and no
 * entry objects, so the in-memory store holds a million records without a million {@code Long}s and map nodes, and
 * a posting run keeps per-record state the same way. Not thread-safe (its owner guards it).
 *
 * @param <V> value type
 */
public final class LongObjectMap<V> {
    private long[] keys;
    private Object[] values;
    private int size;

    /** An empty map. */
    public LongObjectMap() {
        this(0);
    }

    /** @param expected how many keys it will likely hold (it grows past that) */
    public LongObjectMap(int expected) {
        int capacity = 16;
        while (capacity * 3 < expected * 4) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** @return the value of the key, or null */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Maps the key to a non-null value, replacing any earlier one. */
    public void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
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
        values[i] = value;
        size++;
    }

    /** Removes the key if present (backward-shift deletion, so lookups never meet a tombstone). */
    public void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        size--;
        int hole = i;
        for (int j = (hole + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        keys[hole] = 0;
    }

    /** A receiver of a map's keys and values. */
    @FunctionalInterface
    public interface Entry<V> {
        /** Receives one key and its value. */
        void accept(long key, V value);
    }

    /** Hands every key and its value to an action, in no particular order (not while the map is changed). */
    @SuppressWarnings("unchecked")
    public void forEach(Entry<? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    /** @return the number of keys */
    public int size() {
        return size;
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
