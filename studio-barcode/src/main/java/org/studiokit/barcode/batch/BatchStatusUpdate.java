package org.studiokit.barcode.batch;

import java.util.Objects;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Production;

/**
 * Batch production status update by scanning (SCN-4), on top of {@link Production}. See {@link StatusBatch} for
 * what each scan does and how it can be refused.
 */
public final class BatchStatusUpdate {
    private final Production production;

    /** @param production the studio's production orders */
    public BatchStatusUpdate(Production production) {
        this.production = Objects.requireNonNull(production, "production");
    }

    /**
     * Starts a batch, to be fed scans as they arrive.
     *
     * @throws org.studiokit.core.StudioException {@code PERMISSION_DENIED} when the actor lacks
     *                                            {@code MANAGE_PRODUCTION}
     */
    public StatusBatch begin(Actor actor, BatchMode mode) {
        Objects.requireNonNull(actor, "actor").require(Permission.MANAGE_PRODUCTION);
        return new StatusBatch(production, actor, Objects.requireNonNull(mode, "mode"));
    }

    /**
     * Runs a whole batch of scanned codes, in order. Empty codes are ignored, not counted (SCN-2).
     *
     * @return the summary
     * @throws org.studiokit.core.StudioException {@code PERMISSION_DENIED} (before any scan is applied) when the
     *                                            actor lacks {@code MANAGE_PRODUCTION}
     */
    public BatchSummary run(Actor actor, BatchMode mode, Iterable<String> codes) {
        Objects.requireNonNull(codes, "codes");
        StatusBatch batch = begin(actor, mode);
        for (String code : codes) {
            batch.apply(code);
        }
        return batch.summary();
    }
}
