package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.studiokit.core.Identified;
import org.studiokit.core.store.Repository;
import org.studiokit.jpa.row.RowKey;
import org.studiokit.jpa.row.RowMapper;

/**
 * A repository of one kind of record on its table. Every query names the studio first (STO-4); no SQL is built
 * from data: values are bound as parameters, and index names map to fixed properties. Lists of ids are asked
 * for in chunks of {@value #CHUNK}.
 *
 * @param <T> the record type
 * @param <R> the row type
 */
final class JpaRepository<T extends Identified, R> implements Repository<T> {
    /** How many ids one {@code in} list binds at most. */
    static final int CHUNK = 500;
    /**
     * How far apart the smallest and largest id of one chunk may be. Each {@code in} list also bounds its column
     * with {@code between} the chunk's smallest and largest id: H2 looks up an {@code in} list on an index only when
     * it is the index's first column, so {@code studio_id = ? and id in (…)} read every row of the studio for each
     * chunk, while the range is an index range (the other databases use either).
     */
    static final long SPAN = 8L * CHUNK;
    private final Tx tx;
    private final RowMapper<T, R> mapper;
    private final String entity;

    JpaRepository(Tx tx, RowMapper<T, R> mapper) {
        this.tx = tx;
        this.mapper = mapper;
        this.entity = mapper.rowClass().getSimpleName();
    }

    @Override
    public Optional<T> find(long id) {
        return tx.with(em -> Optional.ofNullable(em.find(mapper.rowClass(), RowKey.of(tx.studioId(), id)))
                .map(mapper::toRecord));
    }

    @Override
    public Optional<T> findByNumber(long number) {
        if (number <= 0) {
            return Optional.empty();
        }
        return tx.with(em -> em.createQuery("select r from " + entity
                        + " r where r.studioId = :s and r.recordNo = :n order by r.id", mapper.rowClass())
                .setParameter("s", tx.studioId()).setParameter("n", number).setMaxResults(1)
                .getResultStream().findFirst().map(mapper::toRecord));
    }

    @Override
    public void save(T record) {
        tx.write(() -> {
            var em = tx.em();
            if (tx.fresh(record.id())) {
                insert(em, mapper.newRow(tx.studioId(), record));
                return null;
            }
            R row = em.find(mapper.rowClass(), RowKey.of(tx.studioId(), record.id()));
            if (row == null) {
                insert(em, mapper.newRow(tx.studioId(), record));
            } else {
                mapper.update(row, record);
            }
            return null;
        });
    }

    /** Inserts a new row: with plain JDBC where the mapper writes it, else through the entity manager. */
    private void insert(EntityManager em, R row) {
        if (!em.unwrap(Session.class).doReturningWork(c -> mapper.insert(c, row))) {
            em.persist(row);
        }
    }

    @Override
    public List<T> all() {
        return tx.with(em -> em.createQuery("select r from " + entity + " r" + mapper.fetch()
                        + " where r.studioId = :s order by r.id",
                        mapper.rowClass()).setParameter("s", tx.studioId()).getResultList().stream()
                .map(mapper::toRecord).toList());
    }

    @Override
    public List<T> by(String index, long key) {
        String property = mapper.indexProperty(index);
        return tx.with(em -> em.createQuery("select r from " + entity + " r" + mapper.fetch()
                        + " where r.studioId = :s and r." + property + " = :k order by r.id", mapper.rowClass())
                .setParameter("s", tx.studioId()).setParameter("k", key).getResultList().stream()
                .map(mapper::toRecord).toList());
    }

    @Override
    public int size() {
        return tx.with(em -> em.createQuery("select count(r) from " + entity + " r where r.studioId = :s",
                Long.class).setParameter("s", tx.studioId()).getSingleResult().intValue());
    }

    @Override
    public List<T> findAll(Collection<Long> ids) {
        return in("id", ids);
    }

    /**
     * @param property an entity property holding a record id (a fixed name, never data)
     * @param ids      the ids
     * @return the records whose property is one of the ids, in id order per chunk of ids
     */
    List<T> in(String property, Collection<Long> ids) {
        List<T> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(where("r." + property + " in :ids and r." + property + " between :lo and :hi",
                    Map.of("ids", chunk, "lo", chunk.get(0), "hi", chunk.get(chunk.size() - 1))));
        }
        return found;
    }

    /**
     * @return the ids sorted, each once, in chunks of at most {@value #CHUNK} whose smallest and largest id are at
     *         most {@link #SPAN} apart
     */
    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<List<Long>> chunks = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || i - from == CHUNK || sorted.get(i) - sorted.get(from) > SPAN) {
                chunks.add(sorted.subList(from, i));
                from = i;
            }
        }
        return chunks;
    }

    /**
     * @param sql    a fixed native query selecting whole rows of the repository's table, its first parameter the studio
     *               id, {@code :ids} a list of ids and {@code :lo}, {@code :hi} its smallest and largest (never
     *               built from data)
     * @param ids    the ids, bound in chunks of {@value #CHUNK}
     * @return the records it finds, chunk after chunk (a row may come more than once)
     */
    List<T> nativeIn(String sql, Collection<Long> ids) {
        List<T> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(tx.with(em -> {
                @SuppressWarnings("unchecked")
                List<R> rows = em.createNativeQuery(sql, mapper.rowClass()).setParameter("s", tx.studioId())
                        .setParameter("ids", chunk).setParameter("lo", chunk.get(0))
                        .setParameter("hi", chunk.get(chunk.size() - 1)).getResultList();
                return rows.stream().map(mapper::toRecord).toList();
            }));
        }
        return found;
    }

    /**
     * @param condition a fixed JPQL condition on the row {@code r} (never built from data)
     * @param params    its parameters
     * @return the studio's records that meet it, in id order
     */
    List<T> where(String condition, Map<String, Object> params) {
        return tx.with(em -> {
            var query = em.createQuery("select r from " + entity + " r" + mapper.fetch()
                    + " where r.studioId = :s and (" + condition
                    + ") order by r.id", mapper.rowClass()).setParameter("s", tx.studioId());
            params.forEach(query::setParameter);
            return query.getResultList().stream().map(mapper::toRecord).toList();
        });
    }
}
