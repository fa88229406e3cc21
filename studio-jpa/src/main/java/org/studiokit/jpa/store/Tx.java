package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.studiokit.jpa.row.StudioRow;

/**
 * The transactions of one studio on a database, shared by its core and posting stores: a command is one
 * transaction that first locks the studio's row, so one studio's commands (and posting runs, LCK-4) run one at a
 * time across threads and processes, while other studios in the same database go on. A read outside a command is a
 * short transaction of its own; {@link #read} makes several reads one consistent snapshot.
 */
public final class Tx {
    private final EntityManagerFactory emf;
    private final String studioId;
    private final ThreadLocal<TxState> current = new ThreadLocal<>();
    /** How deep the current thread is in nested {@link #run} calls (1 = the outermost transaction). */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * @param emf      the database
     * @param studioId the studio
     */
    public Tx(EntityManagerFactory emf, String studioId) {
        this.emf = emf;
        this.studioId = studioId;
    }

    /** @return the studio id */
    public String studioId() {
        return studioId;
    }

    /** Runs work as one exclusive transaction (joins the current one); rolls back when it throws. */
    public <T> T write(Supplier<T> work) {
        return run(LockModeType.PESSIMISTIC_WRITE, work);
    }

    /** Runs reads as one transaction that sees one consistent state (joins the current one). */
    public <T> T read(Supplier<T> work) {
        return run(LockModeType.PESSIMISTIC_READ, work);
    }

    /**
     * Runs a read on the current transaction's entity manager, or in a short transaction of its own. Directly inside
     * a transaction (not inside one of its writes) the rows it loaded leave the persistence context afterwards: the
     * reader maps them to records, and a long transaction (a posting run) must not dirty-check every row it ever
     * read at each later query.
     */
    public <T> T with(Function<EntityManager, T> read) {
        TxState state = current.get();
        if (state != null) {
            EntityManager em = state.em();
            if (depth.get()[0] > 1) {
                return read.apply(em);
            }
            em.flush();
            T result = read.apply(em);
            em.clear();
            return result;
        }
        return run(LockModeType.NONE, () -> read.apply(current.get().em()));
    }

    /**
     * @return the studio row (settings and lock date) as the current transaction locked or wrote it, read once per
     *         transaction; outside a command a short read of its own
     */
    public StudioRow studio() {
        TxState state = current.get();
        StudioRow known = state == null ? null : state.studio();
        if (known != null) {
            return known;
        }
        StudioRow row = with(em -> em.find(StudioRow.class, studioId));
        if (row != null && state != null) {
            state.studio(row);
        }
        return row;
    }

    /** Replaces the studio row's settings and lock date in the current (or a new) transaction. */
    public void saveStudio(Function<StudioRow, StudioRow> change) {
        write(() -> {
            StudioRow row = change.apply(em().find(StudioRow.class, studioId));
            current.get().studio(row);
            return null;
        });
    }

    /**
     * Takes the next value of a number sequence in the current (or a new) transaction: read under a row lock once
     * per transaction, written back before the commit.
     *
     * @param name  the sequence
     * @param first its first value when the studio has none yet
     * @return the value taken
     */
    public long take(String name, LongSupplier first) {
        return write(() -> current.get().take(name, first));
    }

    /** @return the next value of a sequence, not taken */
    public long peek(String name, LongSupplier first) {
        TxState state = current.get();
        if (state != null) {
            return state.peek(name, first);
        }
        List<?> found = with(em -> em.createNativeQuery("select next_value from sk_sequence where studio_id = ?1"
                + " and name = ?2").setParameter(1, studioId).setParameter(2, name).getResultList());
        return found.isEmpty() ? first.getAsLong() : ((Number) found.get(0)).longValue();
    }

    /** Notes a record id the current transaction took: a record saved under it is new. */
    void took(long id) {
        current.get().took(id);
    }

    /** @return whether a record id was taken in the current transaction and no record saved under it yet */
    boolean fresh(long id) {
        TxState state = current.get();
        return state != null && state.fresh(id);
    }

    /** @return the current transaction's state, or null outside a transaction */
    TxState current() {
        return current.get();
    }

    /** @return the entity manager of the current transaction ({@code IllegalStateException} outside one) */
    public EntityManager em() {
        TxState state = current.get();
        if (state == null) {
            throw new IllegalStateException("no transaction");
        }
        return state.em();
    }

    private <T> T run(LockModeType lock, Supplier<T> work) {
        TxState joined = current.get();
        if (joined != null) {
            return joined(joined.em(), work);
        }
        EntityManager em = emf.createEntityManager();
        TxState state = new TxState(em, studioId);
        current.set(state);
        EntityTransaction tx = em.getTransaction();
        depth.get()[0] = 1;
        try {
            tx.begin();
            if (lock != LockModeType.NONE && !state.lock(lock)) {
                throw new IllegalStateException("no studio " + studioId + " in this database");
            }
            T result = work.get();
            state.writeBooked();
            state.writeNumbers();
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            depth.get()[0] = 0;
            current.remove();
            em.close();
        }
    }

    /**
     * Runs work inside the current transaction. When a step of the outermost work (a store write such as saving a
     * record) ends, its changes go to the database and the persistence context is emptied, so its size, and the cost
     * of every flush, stays that of one step however long the transaction runs; records are immutable values mapped
     * from rows, so nothing outside holds a managed row.
     */
    private <T> T joined(EntityManager em, Supplier<T> work) {
        int[] d = depth.get();
        d[0]++;
        try {
            T result = work.get();
            if (d[0] == 2) {
                em.flush();
                em.clear();
            }
            return result;
        } finally {
            d[0]--;
        }
    }
}
