package org.studiokit.core.document;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable copy of a small map that keeps its iteration order, held in two arrays: a document's totals by tax
 * code take a few dozen bytes instead of a linked hash map each. Lookups scan (the maps hold a handful of codes).
 *
 * @param <K> key type
 * @param <V> value type
 */
final class OrderedMap<K, V> extends AbstractMap<K, V> {
    private static final OrderedMap<?, ?> EMPTY = new OrderedMap<>(new Object[0], new Object[0]);

    /** The keys of the last map made: documents' tax maps have the same codes, so maps share one key array. */
    private static volatile Object[] lastKeys = new Object[0];

    private final Object[] keys;
    private final Object[] values;

    private OrderedMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** @return an immutable copy in the map's iteration order */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof OrderedMap) {
            return (Map<K, V>) map;
        }
        if (map.isEmpty()) {
            return (Map<K, V>) EMPTY;
        }
        Object[] k = new Object[map.size()];
        Object[] v = new Object[k.length];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            k[i] = e.getKey();
            v[i++] = e.getValue();
        }
        Object[] last = lastKeys;
        if (Arrays.equals(last, k)) {
            k = last;
        } else {
            lastKeys = k;
        }
        return new OrderedMap<>(k, v);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
