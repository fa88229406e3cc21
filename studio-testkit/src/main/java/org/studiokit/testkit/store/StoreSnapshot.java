package org.studiokit.testkit.store;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.store.Sequence;
import org.studiokit.core.store.StudioStore;
import org.studiokit.posting.journal.PostingStore;

/**
 * A comparable copy of everything a store holds, read through the ports only (as one read of the store), so "a
 * refused command changes nothing" can be checked on any implementation, the in-memory one included: the production
 * stores have no snapshot hooks of their own. Idempotency keys are left out: the port cannot list them.
 */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /** @return the core store's content */
    public static Map<String, Object> core(StudioStore store) {
        return store.read(() -> read(store));
    }

    private static Map<String, Object> read(StudioStore store) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("settings", store.settings());
        s.put("lockDate", store.lockDate());
        Map<Sequence, Long> next = new EnumMap<>(Sequence.class);
        for (Sequence q : Sequence.values()) {
            next.put(q, store.peekNumber(q));
        }
        s.put("sequences", next);
        s.put("clients", store.clients().all());
        s.put("sessions", store.sessions().all());
        s.put("documents", store.documents().all());
        s.put("movements", store.movements().all());
        s.put("orders", store.orders().all());
        s.put("audit", store.audit());
        return s;
    }

    /** @return the posting store's content */
    public static Map<String, Object> posting(PostingStore store) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("batches", store.batches());
        s.put("booked", store.allBooked());
        s.put("exports", store.exportLog().all().stream().map(e -> List.of(e.sequence(), e.format(), e.batches(),
                e.at(), e.actor(), e.sha256(), e.reexport(), e.status(), e.detail(), java.util.HexFormat.of().formatHex(e.content())))
                .toList());
        return s;
    }
}
