package org.studiokit.barcode.batch;

import java.util.Objects;
import org.studiokit.core.ErrorCode;

/**
 * The outcome of one scan in a batch (SCN-4).
 *
 * @param code    the text as scanned
 * @param ok      whether the order moved
 * @param from    the status before the move; on an error, the order's current status when the order was found
 *                (so the screen can show it), else null
 * @param to      the status after the move, null on an error
 * @param error   the refusal code, null when ok
 * @param message a human-readable English line for the screen
 */
public record ScanResult(String code, boolean ok, String from, String to, ErrorCode error, String message) {

    /** Validates: ok exactly when there is no error code; a move has a target status. */
    public ScanResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (ok != (error == null) || (ok && to == null)) {
            throw new IllegalArgumentException("a result is either a move or an error");
        }
    }

    /** @return a successful move */
    public static ScanResult moved(String code, String from, String to, String message) {
        return new ScanResult(code, true, from, to, null, message);
    }

    /** @return a refused scan */
    public static ScanResult failed(String code, ErrorCode error, String current, String message) {
        return new ScanResult(code, false, current, null, Objects.requireNonNull(error, "error"), message);
    }
}
