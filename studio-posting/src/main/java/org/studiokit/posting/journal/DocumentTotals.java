package org.studiokit.posting.journal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.studiokit.core.document.Totals;

/**
 * A batch's totals by document id, immutable, in insertion order: two parallel arrays (ids and totals) and an
 * open-addressing table of positions, so a batch of a million documents holds no boxed keys or map entries and a
 * report reads them in order by position ({@link #id(int)}, {@link #totals(int)}). Behaves as any read-only
 * {@code Map<Long, Totals>} (equality, hash code and text as a {@code LinkedHashMap} of the same entries).
 */
public final class DocumentTotals extends AbstractMap<Long, Totals> {
    private static final DocumentTotals EMPTY = new Builder(0).build();

    private final long[] ids;
    private final Totals[] totals;
    /** Positions + 1 by hash of the id; 0 is an empty slot. */
    private final int[] table;

    private DocumentTotals(long[] ids, Totals[] totals, int[] table) {
        this.ids = ids;
        this.totals = totals;
        this.table = table;
    }

    /** @return the map itself when it is one of these, else an immutable copy in the map's iteration order */
    public static DocumentTotals copyOf(Map<Long, Totals> map) {
        if (map instanceof DocumentTotals d) {
            return d;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder(map.size());
        map.forEach((id, t) -> b.put(Objects.requireNonNull(id, "document id"), t));
        return b.build();
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** @return the document id at a position (insertion order) */
    public long id(int position) {
        return ids[position];
    }

    /** @return the totals at a position (insertion order) */
    public Totals totals(int position) {
        return totals[position];
    }

    @Override
    public Totals get(Object key) {
        int at = key instanceof Long id ? position(table, ids, id) : -1;
        return at < 0 ? null : totals[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Long id && position(table, ids, id) >= 0;
    }

    @Override
    public Set<Map.Entry<Long, Totals>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public Iterator<Map.Entry<Long, Totals>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<Long, Totals> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(ids[at], totals[at]);
                    }
                };
            }
        };
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int position(int[] table, long[] ids, long id) {
        int mask = table.length - 1;
        for (int i = slot(id, mask); table[i] != 0; i = (i + 1) & mask) {
            if (ids[table[i] - 1] == id) {
                return table[i] - 1;
            }
        }
        return -1;
    }

    /** Collects totals by document id; putting an id again replaces its totals in its first place (as a map does). */
    public static final class Builder {
        private long[] ids;
        private Totals[] totals;
        private int[] table;
        private int size;

        /** @param expected how many documents it will likely hold (it grows past that) */
        public Builder(int expected) {
            ids = new long[Math.max(expected, 4)];
            totals = new Totals[ids.length];
            table = new int[tableSize(ids.length)];
        }

        private static int tableSize(int entries) {
            int capacity = 8;
            while (capacity < entries * 2) {
                capacity <<= 1;
            }
            return capacity;
        }

        /** Puts a document's totals. */
        public void put(long id, Totals value) {
            int at = position(table, ids, id);
            if (at >= 0) {
                totals[at] = value;
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                totals = Arrays.copyOf(totals, size * 2);
                table = new int[tableSize(ids.length)];
                for (int i = 0; i < size; i++) {
                    index(table, ids[i], i);
                }
            }
            ids[size] = id;
            totals[size] = value;
            index(table, id, size++);
        }

        private static void index(int[] table, long id, int position) {
            int mask = table.length - 1;
            int i = slot(id, mask);
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = position + 1;
        }

        /** @return the immutable map of what was put */
        public DocumentTotals build() {
            long[] keys = Arrays.copyOf(ids, size);
            int[] positions = new int[tableSize(size)];
            for (int i = 0; i < size; i++) {
                index(positions, keys[i], i);
            }
            return new DocumentTotals(keys, Arrays.copyOf(totals, size), positions);
        }
    }
}
