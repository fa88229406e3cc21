package org.studiokit.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.studiokit.core.Identified;

/**
 * An in-memory repository whose writes are undone by a failed transaction of its {@link UndoLog}. Records are held
 * in primitive-keyed tables (by id, by number, and per index key an ascending id list), so a large studio costs no
 * boxed keys or map nodes per record.
 *
 * @param <T> the record type
 */
public final class InMemoryRepository<T extends Identified> implements Repository<T> {
    private final UndoLog log;
    private final LongObjectMap<T> byId = new LongObjectMap<>();
    private final IdOrder ids = new IdOrder(16);
    private final LongObjectMap<T> byNumber = new LongObjectMap<>();
    private final Map<String, ToLongFunction<T>> indexKeys = new LinkedHashMap<>();
    private final Map<String, LongObjectMap<LongList>> indexes = new HashMap<>();

    /**
     * @param log     the undo log of the studio
     * @param indexes named index functions; a function returning 0 leaves the record out of that index
     */
    public InMemoryRepository(UndoLog log, Map<String, ToLongFunction<T>> indexes) {
        this.log = log;
        this.indexKeys.putAll(indexes);
        indexes.keySet().forEach(name -> this.indexes.put(name, new LongObjectMap<>()));
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(log.read(() -> byId.get(id)));
    }

    @Override
    public Optional<T> findByNumber(long number) {
        return Optional.ofNullable(log.read(() -> byNumber.get(number)));
    }

    @Override
    public void save(T record) {
        log.read(() -> {
            T previous = byId.get(record.id());
            write(previous, record);
            log.onUndo(() -> write(record, previous));
            return null;
        });
    }

    /**
     * Saves records (new versions of stored ones or new ones) in one pass under one lock, with one undo step that
     * restores every previous version in reverse order.
     *
     * @param records the records, in order
     */
    public void saveAll(List<T> records) {
        @SuppressWarnings("unchecked")
        T[] saved = (T[]) records.toArray(new Identified[0]);
        if (saved.length == 0) {
            return;
        }
        log.read(() -> {
            Object[] previous = new Object[saved.length];
            int[] done = new int[1];
            log.onUndo(() -> {
                for (int i = done[0] - 1; i >= 0; i--) {
                    @SuppressWarnings("unchecked")
                    T old = (T) previous[i];
                    write(saved[i], old);
                }
            });
            for (int i = 0; i < saved.length; i++) {
                T old = byId.get(saved[i].id());
                previous[i] = old;
                write(old, saved[i]);
                done[0] = i + 1;
            }
            return null;
        });
    }

    private void write(T old, T record) {
        if (old != null && record != null && old.id() == record.id() && old.number() == record.number()) {
            replace(old, record);
            return;
        }
        if (old != null) {
            if (old.number() > 0) {
                byNumber.remove(old.number());
            }
            for (Map.Entry<String, ToLongFunction<T>> e : indexKeys.entrySet()) {
                long key = e.getValue().applyAsLong(old);
                if (key != 0) {
                    indexes.get(e.getKey()).get(key).remove(old.id());
                }
            }
            byId.remove(old.id());
            ids.remove(old.id());
        }
        if (record != null) {
            byId.put(record.id(), record);
            ids.put(record.id(), record);
            if (record.number() > 0) {
                byNumber.put(record.number(), record);
            }
            for (Map.Entry<String, ToLongFunction<T>> e : indexKeys.entrySet()) {
                long key = e.getValue().applyAsLong(record);
                if (key != 0) {
                    indexed(indexes.get(e.getKey()), key, record.id());
                }
            }
        }
    }

    /**
     * A new version of a record with the same id and number (a lock state or an edit): the id list and the number
     * table keep their places, and an index moves the id only when the record's key there changed.
     */
    private void replace(T old, T record) {
        byId.put(record.id(), record);
        ids.put(record.id(), record);
        if (record.number() > 0) {
            byNumber.put(record.number(), record);
        }
        for (Map.Entry<String, ToLongFunction<T>> e : indexKeys.entrySet()) {
            long was = e.getValue().applyAsLong(old);
            long key = e.getValue().applyAsLong(record);
            if (was != key) {
                LongObjectMap<LongList> index = indexes.get(e.getKey());
                if (was != 0) {
                    index.get(was).remove(old.id());
                }
                if (key != 0) {
                    indexed(index, key, record.id());
                }
            }
        }
    }

    private static void indexed(LongObjectMap<LongList> index, long key, long id) {
        LongList list = index.get(key);
        if (list == null) {
            list = new LongList(2);
            index.put(key, list);
        }
        list.add(id);
    }

    @Override
    public List<T> all() {
        return log.read(() -> {
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) (List<?>) Arrays.asList(ids.copy());
            return Collections.unmodifiableList(list);
        });
    }

    @Override
    public List<T> findAll(Collection<Long> wanted) {
        return log.read(() -> {
            long[] sorted = wanted.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
            List<T> result = new ArrayList<>(sorted.length);
            for (long id : sorted) {
                T record = byId.get(id);
                if (record != null) {
                    result.add(record);
                }
            }
            return result;
        });
    }

    /**
     * @param test what to keep
     * @return the records that pass, in id order: one pass over the table, no copy of the rest
     */
    public List<T> where(Predicate<T> test) {
        return log.read(() -> {
            List<T> result = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                @SuppressWarnings("unchecked")
                T record = (T) ids.record(i);
                if (test.test(record)) {
                    result.add(record);
                }
            }
            return result;
        });
    }

    @Override
    public List<T> by(String index, long key) {
        LongObjectMap<LongList> map = indexes.get(index);
        if (map == null) {
            throw new IllegalArgumentException("no index " + index);
        }
        return log.read(() -> {
            LongList list = map.get(key);
            return list == null ? new ArrayList<>() : records(list);
        });
    }

    /**
     * @param keys  index keys
     * @param names index names
     * @return the records any of the indexes holds under any of the keys, once each, in id order (the ids gathered
     *         and sorted as primitives, then each record read once)
     */
    public List<T> byAny(Collection<Long> keys, String... names) {
        List<LongObjectMap<LongList>> maps = new ArrayList<>(names.length);
        for (String name : names) {
            LongObjectMap<LongList> map = indexes.get(name);
            if (map == null) {
                throw new IllegalArgumentException("no index " + name);
            }
            maps.add(map);
        }
        return log.read(() -> {
            long[] found = new long[16];
            int n = 0;
            for (long key : keys) {
                for (LongObjectMap<LongList> map : maps) {
                    LongList list = map.get(key);
                    for (int i = 0; list != null && i < list.size(); i++) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = list.get(i);
                    }
                }
            }
            Arrays.sort(found, 0, n);
            List<T> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (i == 0 || found[i] != found[i - 1]) {
                    result.add(byId.get(found[i]));
                }
            }
            return result;
        });
    }

    private List<T> records(LongList list) {
        List<T> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(byId.get(list.get(i)));
        }
        return result;
    }

    @Override
    public int size() {
        return log.read(byId::size);
    }
}
