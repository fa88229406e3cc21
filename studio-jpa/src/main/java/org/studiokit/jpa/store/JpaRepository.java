package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
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
        return tx.with(em -> Optional.ofNullable(mapper.plain()
                ? plain(em, c -> mapper.find(c, tx.studioId(), id))
                : em.find(mapper.rowClass(), RowKey.of(tx.studioId(), id))).map(mapper::toRecord));
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
        if (mapper.plain()) {
            plain(em, c -> {
                mapper.insert(c, row);
                return null;
            });
        } else {
            em.persist(row);
        }
    }

    /** Runs plain JDBC work on the transaction's connection, after the entity manager's pending writes. */
    private static <V> V plain(EntityManager em, ReturningWork<V> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work);
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
     * @param sql a fixed query of the mapper's columns (never built from data) made of parts, each with
     *            {@code studio_id = ?}, an {@code in (%1$s)} list of ids and {@code between ? and ?} their smallest and
     *            largest, bound in that order
     * @param ids the ids, bound in chunks of {@value #CHUNK}
     * @return the records it finds, chunk after chunk (a row may come more than once), read with plain JDBC
     */
    List<T> plainIn(String sql, Collection<Long> ids) {
        List<T> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            found.addAll(tx.with(em -> plain(em, c -> {
                try (PreparedStatement s = c.prepareStatement(String.format(sql, marks))) {
                    int p = 0;
                    for (int part = sql.split("%1\\$s", -1).length - 1; part > 0; part--) {
                        s.setString(++p, tx.studioId());
                        for (long id : chunk) {
                            s.setLong(++p, id);
                        }
                        s.setLong(++p, chunk.get(0));
                        s.setLong(++p, chunk.get(chunk.size() - 1));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        return mapper.rows(tx.studioId(), r).stream().map(mapper::toRecord).toList();
                    }
                }
            })));
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
