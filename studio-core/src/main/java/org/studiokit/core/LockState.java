package org.studiokit.core;

/**
 * Posting and lock state of a document or money movement (LCK-1).
 *
 * @param batch      the number of the batch that first posted the record, 0 while unposted
 * @param unlocked   whether a user unlocked it since its last posting
 * @param unlockedBy who unlocked it, or null
 * @param reason     why, or null
 */
public record LockState(long batch, boolean unlocked, String unlockedBy, String reason) {
    /** The state of a record that was never posted. */
    public static final LockState UNPOSTED = new LockState(0, false, null, null);

    /** The state {@link #postedIn} gave last: a posting run gives every record of its batch the same state. */
    private static volatile LockState lastPosted = UNPOSTED;

    /** @return whether the record has been posted */
    public boolean posted() {
        return batch > 0;
    }

    /** @return whether the record is posted and not unlocked */
    public boolean locked() {
        return batch > 0 && !unlocked;
    }

    /** @return the state after posting in a batch (keeps the first batch); equal states are one shared value */
    public LockState postedIn(long batchNumber) {
        long first = batch > 0 ? batch : batchNumber;
        LockState last = lastPosted;
        if (last.batch == first) {
            return last;
        }
        last = new LockState(first, false, null, null);
        lastPosted = last;
        return last;
    }

    /** @return the state after an unlock */
    public LockState unlock(String by, String why) {
        return new LockState(batch, true, by, why);
    }
}
