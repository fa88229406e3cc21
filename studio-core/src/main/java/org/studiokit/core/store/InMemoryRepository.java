package org.studiokit.core.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.studiokit.core.Identified;

/**
 * An in-memory repository whose writes are undone by a failed transaction of its {@link UndoLog}.
 *
 * @param <T> the record type
 */
public final class InMemoryRepository<T extends Identified> implements Repository<T> {
    private final UndoLog log;
    private final TreeMap<Long, T> byId = new TreeMap<>();
    private final Map<Long, Long> byNumber = new HashMap<>();
    private final Map<String, ToLongFunction<T>> indexKeys = new LinkedHashMap<>();
    private final Map<String, Map<Long, List<Long>>> indexes = new HashMap<>();

    /**
     * @param log     the undo log of the studio
     * @param indexes named index functions; a function returning 0 leaves the record out of that index
     */
    public InMemoryRepository(UndoLog log, Map<String, ToLongFunction<T>> indexes) {
        this.log = log;
        this.indexKeys.putAll(indexes);
        indexes.keySet().forEach(name -> this.indexes.put(name, new HashMap<>()));
    }

    @Override
    public Optional<T> find(long id) {
        return log.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<T> findByNumber(long number) {
        return log.read(() -> {
            Long id = byNumber.get(number);
            return id == null ? Optional.<T>empty() : find(id);
        });
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
        T current = old;
        if (current != null) {
            if (current.number() > 0) {
                byNumber.remove(current.number());
            }
            for (Map.Entry<String, ToLongFunction<T>> e : indexKeys.entrySet()) {
                long key = e.getValue().applyAsLong(current);
                if (key != 0) {
                    List<Long> ids = indexes.get(e.getKey()).get(key);
                    ids.remove(current.id());
                }
            }
            byId.remove(current.id());
        }
        if (record != null) {
            byId.put(record.id(), record);
            if (record.number() > 0) {
                byNumber.put(record.number(), record.id());
            }
            for (Map.Entry<String, ToLongFunction<T>> e : indexKeys.entrySet()) {
                long key = e.getValue().applyAsLong(record);
                if (key != 0) {
                    List<Long> ids = indexes.get(e.getKey()).computeIfAbsent(key, k -> new ArrayList<>());
                    int at = Collections.binarySearch(ids, record.id());
                    if (at < 0) {
                        ids.add(-at - 1, record.id());
                    }
                }
            }
        }
    }

    @Override
    public List<T> all() {
        return log.read(() -> List.copyOf(byId.values()));
    }

    @Override
    public List<T> by(String index, long key) {
        Map<Long, List<Long>> map = indexes.get(index);
        if (map == null) {
            throw new IllegalArgumentException("no index " + index);
        }
        return log.read(() -> {
            List<Long> ids = map.getOrDefault(key, List.of());
            List<T> result = new ArrayList<>(ids.size());
            for (long id : ids) {
                result.add(byId.get(id));
            }
            return result;
        });
    }

    @Override
    public int size() {
        return log.read(byId::size);
    }

    /** @return a copy of the content for snapshot comparison */
    public Map<Long, T> snapshot() {
        return log.read(() -> new TreeMap<>(byId));
    }
}
