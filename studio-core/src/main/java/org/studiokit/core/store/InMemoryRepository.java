package org.studiokit.core.store;

import java.util.ArrayList;
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
    private final LongList ids = new LongList(16);
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
            ids.add(record.id());
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
        return log.read(() -> Collections.unmodifiableList(records(ids)));
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
                T record = byId.get(ids.get(i));
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
