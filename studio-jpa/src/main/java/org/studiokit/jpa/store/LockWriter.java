package org.studiokit.jpa.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.LockState;
import org.studiokit.core.RecordKey;
import org.studiokit.core.store.StudioStore;

/**
 * Reads and writes records' lock states (LCK-1) in bulk, for a posting run marking what it posted: the lock columns
 * of {@value JpaRepository#CHUNK} records a query (no lines, no JSON), and one
 * {@code update … where studio_id = ? and id in (…)} per lock state and chunk of ids, raising each row's optimistic
 * version, instead of reading and saving every record on its own. Nothing but the lock columns changes.
 */
final class LockWriter {
    private final Tx tx;

    LockWriter(Tx tx) {
        this.tx = tx;
    }

    /** @return the lock states of the records that exist among these */
    Map<RecordKey, LockState> locks(Collection<RecordKey> records) {
        Map<RecordKey, LockState> found = new HashMap<>();
        for (RecordKey.Kind kind : RecordKey.Kind.values()) {
            List<Long> ids = StudioStore.ids(records, kind).stream().distinct().toList();
            for (int from = 0; from < ids.size(); from += JpaRepository.CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + JpaRepository.CHUNK));
                tx.with(em -> em.createQuery("select r.id, r.lock.lockBatch, r.lock.lockUnlocked,"
                        + " r.lock.lockUnlockedBy, r.lock.lockReason from " + entity(kind) + " r"
                        + " where r.studioId = :s and r.id in :ids", Object[].class)
                        .setParameter("s", tx.studioId()).setParameter("ids", chunk).getResultList())
                        .forEach(r -> found.put(new RecordKey(kind, (Long) r[0]), state(r)));
            }
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

    /** Sets the lock states of existing records ({@code IllegalStateException} when one is missing). */
    void save(Map<RecordKey, LockState> locks) {
        Map<RecordKey.Kind, Map<LockState, List<Long>>> groups = new LinkedHashMap<>();
        locks.forEach((key, state) -> groups.computeIfAbsent(key.kind(), k -> new LinkedHashMap<>())
                .computeIfAbsent(state, k -> new ArrayList<>()).add(key.id()));
        tx.write(() -> {
            groups.forEach((kind, byState) -> byState.forEach((state, ids) -> update(entity(kind), state, ids)));
            return null;
        });
    }

    private static String entity(RecordKey.Kind kind) {
        return kind == RecordKey.Kind.DOCUMENT ? "DocumentRow" : "MovementRow";
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
