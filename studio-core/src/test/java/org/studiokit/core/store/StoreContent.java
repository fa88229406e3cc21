package org.studiokit.core.store;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A comparable copy of everything a studio store holds, read through its port, so a test can show that a refused
 * command changed nothing on any store. Idempotency keys are left out (the port cannot list them; the idempotency
 * tests show a refused command's key stays unknown by replaying it).
 */
public final class StoreContent {
    private StoreContent() {
    }

    /** @return the store's settings, lock date, next numbers, records and audit log */
    public static Map<String, Object> of(StudioStore store) {
        return store.read(() -> {
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
        });
    }
}
