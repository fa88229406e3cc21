package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.JournalReader;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.records.RecordReader;

/**
 * What every report reads: the records and the journal through their read ports, and the studio's posting policy
 * (for PST-3 entry dates).
 *
 * @param records the records
 * @param journal the journal
 * @param policy  the posting policy as the settings say now
 * @param zero    zero in the studio currency (which never changes)
 */
record ReportSources(RecordReader records, JournalReader journal, Supplier<PostingPolicy> policy, Money zero) {

    static boolean inRange(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** @return the posting date of each posted document: the date of its posting entry (PST-3) */
    Map<Long, LocalDate> documentPostingDates() {
        PostingPolicy p = policy.get();
        Map<Long, LocalDate> cutOffs = new HashMap<>();
        for (PostingBatch b : journal.batches()) {
            for (long id : b.documents()) {
                cutOffs.put(id, b.cutOff());
            }
        }
        Map<Long, LocalDate> dates = new HashMap<>(cutOffs.size() * 2);
        for (Document d : records.documents(cutOffs.keySet())) {
            dates.put(d.id(), p.entryDate(d, cutOffs.get(d.id())));
        }
        if (dates.size() != cutOffs.size()) {
            cutOffs.keySet().forEach(records::document); // a posted document the store no longer has: NOT_FOUND
        }
        return dates;
    }

    /**
     * @return the latest date of any record the reports count, or today when there is none: estimates (DOC-8) and
     *         void records (DOC-12) are left out
     */
    LocalDate latestDate() {
        LocalDate latest = records.latestRecordDate();
        return latest != null ? latest : records.today();
    }
}
