package org.studiokit.barcode.scan.wedge;

import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDriver;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * The {@code wedge} driver: a scanner that types. Options: {@code thresholdMillis} [50] — inter-key gaps below it
 * are a scanner's; {@code minLength} [2] — the fewest characters a scan has (the shortest payload is {@code C1}).
 * The returned {@link KeyboardWedgeSource} is fed by the host's key handler.
 */
public final class KeyboardWedgeDriver implements ScannerDriver {
    /** The driver id. */
    public static final String ID = "wedge";
    /** The default inter-key threshold in milliseconds. */
    public static final long DEFAULT_THRESHOLD_MILLIS = 50;

    /** Creates the driver (for {@link java.util.ServiceLoader}). */
    public KeyboardWedgeDriver() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public KeyboardWedgeSource open(ScannerConfig config, ScanListener listener) {
        long threshold = config.longOption("thresholdMillis", DEFAULT_THRESHOLD_MILLIS);
        int minLength = config.intOption("minLength", 2);
        if (threshold < 1 || threshold > 10_000 || minLength < 1 || minLength > ScanFraming.MAX_LENGTH) {
            throw new StudioException(ErrorCode.VALIDATION, "wedge threshold must be 1 to 10000 ms and minimum"
                    + " length 1 to " + ScanFraming.MAX_LENGTH, "thresholdMillis", threshold, "minLength", minLength);
        }
        return new KeyboardWedgeSource(config.sourceId(), ScanFraming.of(config, listener), threshold, minLength);
    }
}
