package org.studiokit.jpa.row;

import jakarta.persistence.Embeddable;
import org.studiokit.core.LockState;

/** The posting and lock state of a document or money movement (LCK-1). */
@Embeddable
public class LockCols {
    long lockBatch;
    boolean lockUnlocked;
    String lockUnlockedBy;
    String lockReason;

    /** For the persistence provider. */
    protected LockCols() {
    }

    static LockCols of(LockState s) {
        LockCols c = new LockCols();
        c.lockBatch = s.batch();
        c.lockUnlocked = s.unlocked();
        c.lockUnlockedBy = s.unlockedBy();
        c.lockReason = s.reason();
        return c;
    }

    LockState state() {
        if (lockBatch == 0 && !lockUnlocked && lockUnlockedBy == null && lockReason == null) {
            return LockState.UNPOSTED;
        }
        return new LockState(lockBatch, lockUnlocked, lockUnlockedBy, lockReason);
    }
}
