package org.studiokit.jpa.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;

/**
 * Writes the lock states a posting run marks (LCK-1) in bulk: one {@code update … where studio_id = ? and id in (…)}
 * per lock state and chunk of {@value JpaRepository#CHUNK} ids, raising each row's optimistic version, instead of
 * reading and updating every record on its own. Only the lock columns change: the caller saves records whose only
 * change is their lock state.
 */
final class LockWriter {
    private final Tx tx;

    LockWriter(Tx tx) {
        this.tx = tx;
    }

    /**
     * @param entity  the row entity ({@code DocumentRow} or {@code MovementRow}: a fixed name, never data)
     * @param records the records with their new lock states
     * @param lock    a record's lock state
     */
    <T extends Identified> void save(String entity, List<T> records, Function<T, LockState> lock) {
        if (records.isEmpty()) {
            return;
        }
        Map<LockState, List<Long>> byState = new LinkedHashMap<>();
        records.forEach(r -> byState.computeIfAbsent(lock.apply(r), k -> new ArrayList<>()).add(r.id()));
        tx.write(() -> {
            byState.forEach((state, ids) -> update(entity, state, ids));
            return null;
        });
    }

    private void update(String entity, LockState state, List<Long> ids) {
        String jpql = "update " + entity + " r set r.lock.lockBatch = :b, r.lock.lockUnlocked = :u,"
                + " r.lock.lockUnlockedBy = :by, r.lock.lockReason = :why, r.version = r.version + 1"
                + " where r.studioId = :s and r.id in :ids";
        for (int from = 0; from < ids.size(); from += JpaRepository.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + JpaRepository.CHUNK));
            int changed = tx.em().createQuery(jpql).setParameter("b", state.batch())
                    .setParameter("u", state.unlocked()).setParameter("by", state.unlockedBy())
                    .setParameter("why", state.reason()).setParameter("s", tx.studioId())
                    .setParameter("ids", chunk).executeUpdate();
            if (changed != chunk.size()) {
                throw new IllegalStateException(entity + ": " + changed + " of " + chunk.size()
                        + " records found to mark " + state);
            }
        }
    }
}
