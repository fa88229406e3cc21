package org.studiokit.barcode.scan;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a source could not turn into a scan (SCN-2): bad input or a lost port. The source keeps going.
 *
 * @param sourceId the id of the source
 * @param message  what went wrong, in English
 * @param rawInput the offending input, sanitised: printable ASCII kept, everything else written as
 *                 {@code \xNN} (or {@code \\uNNNN}), cut to {@value #MAX_RAW} characters; empty when there was none
 * @param time     when it happened, from the source's clock
 */
public record ScanError(String sourceId, String message, String rawInput, Instant time) {
    /** The longest sanitised raw input kept. */
    public static final int MAX_RAW = 100;

    /** Validates and sanitises the raw input. */
    public ScanError {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(time, "time");
        rawInput = sanitise(rawInput == null ? "" : rawInput);
    }

    /** @return text with every character outside printable ASCII escaped, cut to {@link #MAX_RAW} characters */
    public static String sanitise(CharSequence raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_RAW) + 8);
        for (int i = 0; i < raw.length() && out.length() < MAX_RAW; i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c <= 0xFF) {
                out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        if (out.length() > MAX_RAW) {
            out.setLength(MAX_RAW);
        }
        return out.toString();
    }
}
