package org.studiokit.posting.journal;


import java.util.Map;
import org.studiokit.posting.export.ExportLog;

/**
 * Storage port of the posting side: batches (append-only) and, per record, everything booked for it so far (the
 * basis of LCK-2 adjustments). Writes join the studio store's transaction.
 */
public interface PostingStore extends JournalReader {
    /** Appends a batch. */
    void append(PostingBatch batch);

    /** @return what a record has booked so far (empty when never posted) */
    Booking booked(RecordRef record);

    /** Replaces what a record has booked so far. */
    void saveBooked(RecordRef record, Booking booking);

    /** @return every record's booking */
    Map<RecordRef, Booking> allBooked();

    /** @return the studio's export log (EXP-4), in the same transactions as the rest of the books */
    ExportLog exportLog();
}
