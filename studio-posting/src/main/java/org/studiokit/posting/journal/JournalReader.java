package org.studiokit.posting.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /**
     * RPT-6: the sum of the journal's line amounts per account (minor units, debit-positive), counting entries dated
     * on or before a date in batches up to a number. An account whose lines net to zero is there with 0; one with no
     * lines is not. A store on a database sums in one grouped query.
     *
     * @param asOf         the last entry date counted (null: every entry)
     * @param throughBatch the last batch counted (null: every batch)
     */
    default Map<String, Long> accountTotals(LocalDate asOf, Long throughBatch) {
        Map<String, Long> totals = new TreeMap<>();
        for (PostingBatch b : batches()) {
            if (throughBatch != null && b.number() > throughBatch) {
                continue;
            }
            for (JournalEntry e : b.entries()) {
                if (asOf == null || !e.date().isAfter(asOf)) {
                    for (int i = 0; i < e.lineCount(); i++) {
                        totals.merge(e.account(i), e.minor(i), Long::sum);
                    }
                }
            }
        }
        return totals;
    }
}
