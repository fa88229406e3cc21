package org.studiokit.posting.export;

import java.util.List;
import java.util.Optional;

/**
 * Storage port of the export log (EXP-4, EXP-6). Append-only apart from delivery status; writes join the studio
 * store's transaction, like every other store write.
 */
public interface ExportLog {
    /** @return every export, oldest first */
    List<ExportRecord> all();

    /** Appends an export; its sequence must be {@link #all()}'s size + 1. */
    void append(ExportRecord record);

    /** Replaces the delivery status (and detail) of the export with a sequence. */
    void saveStatus(long sequence, DeliveryStatus status, String detail);

    /** @return how many exports there are (the last one's sequence) */
    default long count() {
        return all().size();
    }

    /** @return the first export of a batch in a format, if any */
    default Optional<ExportRecord> first(long batch, String format) {
        return all().stream().filter(r -> r.format().equals(format) && r.covers(batch)).findFirst();
    }
}
