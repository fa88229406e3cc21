package org.studiokit.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.IdSource;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioException;
import org.studiokit.core.store.StudioStore;

/**
 * What every command of a studio needs: the store, the injected clock and id source, and the audit log. The
 * commands' own wiring: {@link org.studiokit.core.Studio} never hands it out (PTY-3), so whoever holds one built it from a store.
 *
 * @param store the store
 * @param clock the clock (for timestamps and "today")
 * @param ids   the id source
 * @param audit the writing side of the audit log
 */
public record StudioContext(StudioStore store, Clock clock, IdSource ids, AuditLog audit) {
    /** Validates. */
    public StudioContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(audit, "audit");
    }

    /** @return a context whose audit trail writes to the store */
    public static StudioContext of(StudioStore store, Clock clock, IdSource ids) {
        return new StudioContext(store, clock, ids, new AuditLog(store, clock));
    }

    /** Refuses with {@code PERIOD_CLOSED} when the date is on or before the lock date (LCK-3). */
    public void requireOpen(LocalDate date) {
        requireOpen(store.lockDate(), date);
    }

    /** Refuses with {@code PERIOD_CLOSED} when a date is on or before a lock date (LCK-3); null dates pass. */
    public static void requireOpen(LocalDate lock, LocalDate date) {
        if (lock != null && date != null && !date.isAfter(lock)) {
            throw new StudioException(ErrorCode.PERIOD_CLOSED, "the period through " + lock + " is closed",
                    "date", date, "lockDate", lock);
        }
    }

    /** Refuses with {@code LOCKED} when a record is posted and not unlocked (LCK-1). */
    public static void requireUnlocked(LockState lock, String record) {
        if (lock.locked()) {
            throw new StudioException(ErrorCode.LOCKED, record + " is posted and locked", "record", record);
        }
    }
}
