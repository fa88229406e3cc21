package org.studiokit.posting.journal;

import java.util.List;

/** The read port of the journal: what reports and the planner read of the posting side. */
public interface JournalReader {
    /** @return every batch, oldest first */
    List<PostingBatch> batches();
}
