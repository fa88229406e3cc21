package org.studiokit.posting.run;

import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.records.StudioRecords;

/**
 * What a posting run reads and writes: the studio's records (read only: lock states change through the studio's
 * checked {@code Locks} once the batch is booked), the posting store and the GL
 * mapping.
 *
 * @param records the studio's records
 * @param store   the posting store
 * @param gl      the GL mapping (PST-4)
 */
public record Ledger(StudioRecords records, PostingStore store, GlMapping gl) {
}
