package org.studiokit.posting.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One export of one or more batches in one format (EXP-4): an entry of the export log.
 *
 * @param sequence the record's position in the studio's export log, from 1
 * @param format   the format id, e.g. {@code iif}
 * @param batches  the batch numbers the file holds, ascending
 * @param at       when it was exported
 * @param actor    who exported it
 * @param sha256   the file's SHA-256, lower-case hex
 * @param reexport whether it repeated an earlier export of the same batches in the same format
 * @param status   where its delivery stands (EXP-6)
 * @param detail   the last delivery message (a failure's reason), or empty
 * @param content  the exported bytes, so a re-export hands back exactly the same file
 */
public record ExportRecord(long sequence, String format, List<Long> batches, Instant at, String actor,
        String sha256, boolean reexport, DeliveryStatus status, String detail, byte[] content) {
    /** Validates and copies. */
    public ExportRecord {
        Objects.requireNonNull(format, "format");
        batches = List.copyOf(batches);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        content = content.clone();
    }

    /** @return a copy of the exported bytes */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return this record with another delivery status */
    public ExportRecord withStatus(DeliveryStatus newStatus, String newDetail) {
        return new ExportRecord(sequence, format, batches, at, actor, sha256, reexport, newStatus, newDetail, content);
    }

    /** @return whether this export holds a batch */
    public boolean covers(long batch) {
        return batches.contains(batch);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportRecord r && sequence == r.sequence && format.equals(r.format)
                && batches.equals(r.batches) && at.equals(r.at) && actor.equals(r.actor) && sha256.equals(r.sha256)
                && reexport == r.reexport && status == r.status && detail.equals(r.detail)
                && Arrays.equals(content, r.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, format, batches, sha256, status);
    }

    @Override
    public String toString() {
        return "export " + sequence + " " + format + " batches " + batches + " by " + actor + " at " + at + " "
                + status + (reexport ? " (re-export)" : "") + " sha256 " + sha256;
    }
}
