package org.studiokit.jpa.store;

import java.util.List;
import java.util.Optional;
import org.studiokit.core.Identified;
import org.studiokit.core.store.Repository;
import org.studiokit.jpa.row.RowKey;
import org.studiokit.jpa.row.RowMapper;

/**
 * A repository of one kind of record on its table. Every query names the studio first (STO-4); no SQL is built
 * from data: values are bound as parameters, and index names map to fixed properties.
 *
 * @param <T> the record type
 * @param <R> the row type
 */
final class JpaRepository<T extends Identified, R> implements Repository<T> {
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
            R row = em.find(mapper.rowClass(), RowKey.of(tx.studioId(), record.id()));
            if (row == null) {
                em.persist(mapper.newRow(tx.studioId(), record));
            } else {
                mapper.update(row, record);
            }
            return null;
        });
    }

    @Override
    public List<T> all() {
        return tx.with(em -> em.createQuery("select r from " + entity + " r where r.studioId = :s order by r.id",
                        mapper.rowClass()).setParameter("s", tx.studioId()).getResultList().stream()
                .map(mapper::toRecord).toList());
    }

    @Override
    public List<T> by(String index, long key) {
        String property = mapper.indexProperty(index);
        return tx.with(em -> em.createQuery("select r from " + entity + " r where r.studioId = :s and r."
                        + property + " = :k order by r.id", mapper.rowClass())
                .setParameter("s", tx.studioId()).setParameter("k", key).getResultList().stream()
                .map(mapper::toRecord).toList());
    }

    @Override
    public int size() {
        return tx.with(em -> em.createQuery("select count(r) from " + entity + " r where r.studioId = :s",
                Long.class).setParameter("s", tx.studioId()).getSingleResult().intValue());
    }
}
