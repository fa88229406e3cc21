package org.studiokit.jpa.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.LockState;

/**
 * Reads and writes records' lock states (LCK-1) in bulk, for a posting run marking what it posted: the lock columns
 * of {@value JpaRepository#CHUNK} records a query (no lines, no JSON), and one
 * {@code update … where studio_id = ? and id in (…) and id between ? and ?} per lock state and chunk of ids
 * (the range: see {@link JpaRepository#SPAN}), raising each row's optimistic version, instead of reading and
 * saving every record on its own. Nothing but the lock columns changes. Entity names are fixed
 * ({@code DocumentRow}, {@code MovementRow}), never data.
 */
final class LockWriter {
    private final Tx tx;

    LockWriter(Tx tx) {
        this.tx = tx;
    }

    /** @return the lock states of the rows that exist among these ids */
    Map<Long, LockState> locks(String entity, Collection<Long> ids) {
        Map<Long, LockState> found = new HashMap<>();
        for (List<Long> chunk : JpaRepository.chunks(ids)) {
            tx.with(em -> em.createQuery("select r.id, r.lock.lockBatch, r.lock.lockUnlocked,"
                    + " r.lock.lockUnlockedBy, r.lock.lockReason from " + entity + " r"
                    + " where r.studioId = :s and r.id in :ids and r.id between :lo and :hi", Object[].class)
                    .setParameter("s", tx.studioId()).setParameter("ids", chunk).setParameter("lo", chunk.get(0))
                    .setParameter("hi", chunk.get(chunk.size() - 1)).getResultList())
                    .forEach(r -> found.put((Long) r[0], state(r)));
        }
        return found;
    }

    private static LockState state(Object[] r) {
        long batch = (Long) r[1];
        boolean unlocked = (Boolean) r[2];
        if (batch == 0 && !unlocked && r[3] == null && r[4] == null) {
            return LockState.UNPOSTED;
        }
        return new LockState(batch, unlocked, (String) r[3], (String) r[4]);
    }

    /** Sets the lock states of existing rows in the current transaction; a missing one fails the transaction. */
    void save(String entity, Map<Long, LockState> locks) {
        Map<LockState, List<Long>> byState = new LinkedHashMap<>();
        locks.forEach((id, state) -> byState.computeIfAbsent(state, k -> new ArrayList<>()).add(id));
        byState.forEach((state, ids) -> update(entity, state, ids));
    }

    private void update(String entity, LockState state, List<Long> ids) {
        String jpql = "update " + entity + " r set r.lock.lockBatch = :b, r.lock.lockUnlocked = :u,"
                + " r.lock.lockUnlockedBy = :by, r.lock.lockReason = :why, r.version = r.version + 1"
                + " where r.studioId = :s and r.id in :ids and r.id between :lo and :hi";
        for (List<Long> chunk : JpaRepository.chunks(ids)) {
            int changed = tx.em().createQuery(jpql).setParameter("b", state.batch())
                    .setParameter("u", state.unlocked()).setParameter("by", state.unlockedBy())
                    .setParameter("why", state.reason()).setParameter("s", tx.studioId())
                    .setParameter("ids", chunk).setParameter("lo", chunk.get(0))
                    .setParameter("hi", chunk.get(chunk.size() - 1)).executeUpdate();
            if (changed != chunk.size()) {
                throw new IllegalStateException(entity + ": " + changed + " of " + chunk.size()
                        + " records found to mark " + state);
            }
        }
    }
}
