package org.studiokit.posting.journal;

import java.util.List;
import java.util.Optional;

/** The read port of the journal: what reports and the planner read of the posting side. */
public interface JournalReader {
    /** @return every batch, oldest first */
    List<PostingBatch> batches();

    /**
     * @param number a batch number
     * @return that batch, if there is one (a store on a database reads only its rows)
     */
    default Optional<PostingBatch> batch(long number) {
        return batches().stream().filter(b -> b.number() == number).findFirst();
    }

    /** @return how many batches there are: the last batch's number (batches are numbered 1, 2, 3, ...) */
    default long batchCount() {
        return batches().size();
    }
}
