package org.studiokit.core.audit;

import java.time.Instant;

/**
 * One audit entry (AUD-1): who did what, when, to which record, before and after, chained to the previous entry
 * by hash.
 *
 * @param sequence the position in the log, from 1
 * @param at       when
 * @param actor    who
 * @param action   what (e.g. {@code UNLOCK}, {@code POST}, {@code WRITE_OFF})
 * @param record   which record (e.g. {@code invoice 1001}), or empty
 * @param before   the record before, or empty
 * @param after    the record after, or empty
 * @param previous the hash of the previous entry (64 zeros for the first)
 * @param hash     SHA-256 over the previous hash and every field above
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String record, String before,
        String after, String previous, String hash) {
}
