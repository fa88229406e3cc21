package org.studiokit.barcode.scan;

import java.time.Instant;
import java.util.Objects;

/**
 * One scan as a source read it (SCN-1): the text between terminators, not yet parsed.
 *
 * @param payload  the scanned text, stripped of surrounding whitespace (parse it with
 *                 {@link org.studiokit.barcode.BarcodePayload#parse(String)})
 * @param time     when it was read, from the source's clock
 * @param sourceId the id of the source that read it
 */
public record Scan(String payload, Instant time, String sourceId) {
    /** Validates. */
    public Scan {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
