package org.studiokit.barcode.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.service.Production;

/**
 * A batch in progress (SCN-4): apply scans one at a time as they arrive, read the summary at the end. Made by
 * {@link BatchStatusUpdate#begin(Actor, BatchMode)}.
 *
 * <p>Each scan is its own transaction in the store (a status change of one order, recorded with source
 * {@link ChangeSource#SCAN}); a refused scan changes nothing and never stops the batch. Checks, in order:
 * the text is a payload ({@code INVALID_BARCODE}), of a production order ({@code WRONG_RECORD_TYPE}), not scanned
 * earlier in this batch ({@code DUPLICATE_SCAN} — any earlier scan of the same order number counts, whether it
 * succeeded or not, so each order is touched at most once per batch), and the order exists ({@code NOT_FOUND});
 * then the move's own refusals ({@code ALREADY_FINAL}, {@code INVALID_STATUS_TRANSITION}, {@code NO_CHANGE}).
 * A SET batch never moves an order backwards. An empty scan (nothing but whitespace) is ignored: no result, not
 * counted (SCN-2). Thread-safe: scans are applied one at a time.
 */
public final class StatusBatch {
    private final Production production;
    private final Actor actor;
    private final BatchMode mode;
    private final Set<Long> seen = new HashSet<>();
    private final List<ScanResult> results = new ArrayList<>();

    StatusBatch(Production production, Actor actor, BatchMode mode) {
        this.production = production;
        this.actor = actor;
        this.mode = mode;
    }

    /** @return the batch's mode */
    public BatchMode mode() {
        return mode;
    }

    /**
     * Applies one scan.
     *
     * @param code the text as scanned
     * @return its result (also kept for the summary), or empty when the scan is empty and so ignored (SCN-2)
     */
    public synchronized Optional<ScanResult> apply(String code) {
        if (isEmpty(Objects.requireNonNull(code, "code"))) {
            return Optional.empty();
        }
        ScanResult result = evaluate(code);
        results.add(result);
        return Optional.of(result);
    }

    /** @return whether a scanned text is empty (nothing but whitespace), so ignored and not counted (SCN-2) */
    public static boolean isEmpty(String code) {
        return code.isBlank();
    }

    /** @return the summary of the scans applied so far */
    public synchronized BatchSummary summary() {
        return BatchSummary.of(results);
    }

    private ScanResult evaluate(String code) {
        BarcodePayload payload;
        try {
            payload = BarcodePayload.parse(code);
        } catch (StudioException e) {
            return ScanResult.failed(code, e.code(), null, e.getMessage());
        }
        if (payload.type() != RecordType.PRODUCTION_ORDER) {
            return ScanResult.failed(code, ErrorCode.WRONG_RECORD_TYPE, null,
                    payload + " is " + article(payload.type()) + " barcode, not a production order");
        }
        long number = payload.number();
        if (!seen.add(number)) {
            return ScanResult.failed(code, ErrorCode.DUPLICATE_SCAN, currentStatus(number),
                    "production order " + number + " was already scanned in this batch");
        }
        ProductionOrder order;
        try {
            order = production.byNumber(number);
        } catch (StudioException e) {
            return ScanResult.failed(code, e.code(), null, e.getMessage());
        }
        try {
            Production.Moved moved = mode.kind() == BatchMode.Kind.ADVANCE
                    ? production.advance(actor, order.id(), ChangeSource.SCAN)
                    : production.setStatus(actor, order.id(), mode.target(), false, ChangeSource.SCAN);
            return ScanResult.moved(code, moved.from(), moved.to(),
                    "production order " + number + ": " + moved.from() + " -> " + moved.to());
        } catch (StudioException e) {
            return ScanResult.failed(code, e.code(), order.status(), e.getMessage());
        }
    }

    /** @return the record type with its article, e.g. {@code an invoice} */
    private static String article(RecordType type) {
        String noun = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private String currentStatus(long number) {
        try {
            return production.byNumber(number).status();
        } catch (StudioException e) {
            return null;
        }
    }
}
