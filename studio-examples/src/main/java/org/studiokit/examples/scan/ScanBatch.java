package org.studiokit.examples.scan;

import java.util.List;
import org.studiokit.core.security.Actor;

/**
 * Batch production status update (SCN-4): each scanned code is applied on its own, atomically, and reports the
 * previous and new status or a refusal — {@code INVALID_BARCODE}, {@code WRONG_RECORD_TYPE}, {@code DUPLICATE_SCAN}
 * (the same order twice in one batch: ignored, counted as an error), {@code NOT_FOUND}, {@code ALREADY_FINAL},
 * {@code INVALID_STATUS_TRANSITION}, {@code NO_CHANGE}. An error never stops the batch.
 */
public interface ScanBatch {
    /**
     * Runs one batch.
     *
     * @param actor who scans (needs {@code MANAGE_PRODUCTION}, checked before any scan)
     * @param mode  advance or set
     * @param codes the scanned texts, in order
     * @return every outcome and the counts
     * @throws org.studiokit.core.StudioException {@code PERMISSION_DENIED} before any scan is applied
     */
    ScanSummary run(Actor actor, ScanMode mode, List<String> codes);
}
