package org.studiokit.examples.scan;

import java.util.List;

/**
 * The end of a batch (SCN-4).
 *
 * @param results every scan's outcome, in scan order
 * @param updated how many scans moved an order
 * @param errors  how many scans were refused
 */
public record ScanSummary(List<ScanOutcome> results, int updated, int errors) {
    /** Copies. */
    public ScanSummary {
        results = List.copyOf(results);
    }

    /** @return the summary of outcomes */
    public static ScanSummary of(List<ScanOutcome> results) {
        int ok = (int) results.stream().filter(ScanOutcome::ok).count();
        return new ScanSummary(results, ok, results.size() - ok);
    }
}
