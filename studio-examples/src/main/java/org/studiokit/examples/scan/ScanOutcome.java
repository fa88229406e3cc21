package org.studiokit.examples.scan;

import java.util.Objects;
import org.studiokit.core.ErrorCode;

/**
 * The result of one scan (SCN-4).
 *
 * @param code    the text as scanned
 * @param ok      whether the order moved
 * @param from    the status before the move; on an error, the order's current status when the order was found
 * @param to      the status after the move, null on an error
 * @param error   the refusal code, null when ok
 * @param message one readable line
 */
public record ScanOutcome(String code, boolean ok, String from, String to, ErrorCode error, String message) {
    /** Validates: ok exactly when there is no error. */
    public ScanOutcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (ok == (error != null)) {
            throw new IllegalArgumentException("an outcome is a move or an error");
        }
    }

    /** @return a move */
    public static ScanOutcome moved(String code, String from, String to, String message) {
        return new ScanOutcome(code, true, from, to, null, message);
    }

    /** @return a refused scan */
    public static ScanOutcome failed(String code, ErrorCode error, String current, String message) {
        return new ScanOutcome(code, false, current, null, error, message);
    }
}
