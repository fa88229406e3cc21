package org.studiokit.barcode.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.ErrorCode;

/**
 * The end of a batch (SCN-4): every result in scan order, how many orders moved and how many scans failed.
 *
 * @param results every result, in scan order
 * @param updated the results that moved an order
 * @param errors  the results that failed
 */
public record BatchSummary(List<ScanResult> results, int updated, int errors) {

    /** Copies and checks the counts against the results. */
    public BatchSummary {
        results = List.copyOf(results);
        long ok = results.stream().filter(ScanResult::ok).count();
        if (updated != ok || errors != results.size() - ok) {
            throw new IllegalArgumentException("summary counts do not match its results");
        }
    }

    /** @return the summary of results */
    public static BatchSummary of(List<ScanResult> results) {
        int ok = (int) results.stream().filter(ScanResult::ok).count();
        return new BatchSummary(results, ok, results.size() - ok);
    }

    /** @return the number of failed scans by code, in code order */
    public Map<ErrorCode, Integer> errorsByCode() {
        Map<ErrorCode, Integer> counts = new EnumMap<>(ErrorCode.class);
        results.stream().filter(r -> !r.ok()).forEach(r -> counts.merge(r.error(), 1, Integer::sum));
        return counts;
    }
}
