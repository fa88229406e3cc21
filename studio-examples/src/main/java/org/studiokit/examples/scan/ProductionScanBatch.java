package org.studiokit.examples.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.Production;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * {@link ScanBatch} on studio-core's {@link Production}: each scan is one status change recorded with source
 * {@link ChangeSource#SCAN}, its own transaction. Checks, in order: a payload ({@code INVALID_BARCODE}), of a
 * production order ({@code WRONG_RECORD_TYPE}), not scanned earlier in this batch ({@code DUPLICATE_SCAN}: any
 * earlier scan of the same order number counts, so each order is touched at most once per batch), an order that
 * exists ({@code NOT_FOUND}); then the move's own refusals. A SET batch never moves an order backwards.
 *
 * <p>Switch-over note: studio-barcode's {@code org.studiokit.barcode.batch.BatchStatusUpdate} implements the same
 * rules in the same order. Once it is released, replace this class with an adapter that calls
 * {@code new BatchStatusUpdate(production).run(actor, mode, codes)} and maps its {@code BatchSummary} and
 * {@code ScanResult}s to {@link ScanSummary} and {@link ScanOutcome}; callers keep using {@link ScanBatch}.
 */
public final class ProductionScanBatch implements ScanBatch {
    private final Production production;

    /** @param production the studio's production orders */
    public ProductionScanBatch(Production production) {
        this.production = Objects.requireNonNull(production, "production");
    }

    @Override
    public ScanSummary run(Actor actor, ScanMode mode, List<String> codes) {
        actor.require(Permission.MANAGE_PRODUCTION);
        Set<Long> seen = new HashSet<>();
        List<ScanOutcome> results = new ArrayList<>();
        for (String code : codes) {
            results.add(scan(actor, mode, code, seen));
        }
        return ScanSummary.of(results);
    }

    private ScanOutcome scan(Actor actor, ScanMode mode, String code, Set<Long> seen) {
        ScanPayload payload;
        try {
            payload = ScanPayload.parse(code);
        } catch (StudioException e) {
            return ScanOutcome.failed(code, e.code(), null, e.getMessage());
        }
        if (!payload.productionOrder()) {
            return ScanOutcome.failed(code, ErrorCode.WRONG_RECORD_TYPE, null, payload.letter() + ""
                    + payload.number() + " is " + payload.recordName() + " barcode, not a production order");
        }
        long number = payload.number();
        if (!seen.add(number)) {
            return ScanOutcome.failed(code, ErrorCode.DUPLICATE_SCAN, currentStatus(number),
                    "production order " + number + " was already scanned in this batch");
        }
        ProductionOrder order;
        try {
            order = production.byNumber(number);
        } catch (StudioException e) {
            return ScanOutcome.failed(code, e.code(), null, e.getMessage());
        }
        try {
            Production.Moved moved = mode.set()
                    ? production.setStatus(actor, order.id(), mode.target(), false, ChangeSource.SCAN)
                    : production.advance(actor, order.id(), ChangeSource.SCAN);
            return ScanOutcome.moved(code, moved.from(), moved.to(),
                    "production order " + number + ": " + moved.from() + " -> " + moved.to());
        } catch (StudioException e) {
            return ScanOutcome.failed(code, e.code(), order.status(), e.getMessage());
        }
    }

    private String currentStatus(long number) {
        try {
            return production.byNumber(number).status();
        } catch (StudioException e) {
            return null;
        }
    }
}
