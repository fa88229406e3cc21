package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.util.function.Function;
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
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

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

    /** Runs a read on the current transaction's entity manager, or in a short transaction of its own. */
    public <T> T with(Function<EntityManager, T> read) {
        EntityManager em = current.get();
        if (em != null) {
            return read.apply(em);
        }
        return run(LockModeType.NONE, () -> read.apply(current.get()));
    }

    /** @return the entity manager of the current transaction ({@code IllegalStateException} outside one) */
    public EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("no transaction");
        }
        return em;
    }

    private <T> T run(LockModeType lock, Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            if (lock != LockModeType.NONE && em.find(StudioRow.class, studioId, lock) == null) {
                throw new IllegalStateException("no studio " + studioId + " in this database");
            }
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }
}
