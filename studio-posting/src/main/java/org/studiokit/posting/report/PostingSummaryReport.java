package org.studiokit.posting.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.posting.journal.PostingBatch;

/** RPT-6: the posting summary, one row per batch: documents by type, journal by account, debits and credits. */
final class PostingSummaryReport {
    private final ReportSources in;

    PostingSummaryReport(ReportSources in) {
        this.in = in;
    }

    List<BatchSummary> of() {
        List<BatchSummary> list = new ArrayList<>();
        for (PostingBatch b : in.journal().batches()) {
            Map<String, Integer> types = new TreeMap<>();
            for (long id : b.documents()) {
                types.merge(in.records().document(id).type().name(), 1, Integer::sum);
            }
            list.add(new BatchSummary(b.number(), types, TrialBalanceReport.journal(b), b.debits(), b.credits()));
        }
        return list;
    }
}
