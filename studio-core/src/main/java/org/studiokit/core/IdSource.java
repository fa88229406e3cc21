package org.studiokit.core;

import java.util.concurrent.atomic.AtomicLong;

/** Where record ids come from. Injected so tests and scripts are deterministic. */
@FunctionalInterface
public interface IdSource {
    /** @return a new id, unique within the studio */
    long nextId();

    /** @return a source counting up from 1 */
    static IdSource sequential() {
        AtomicLong next = new AtomicLong();
        return next::incrementAndGet;
    }
}
