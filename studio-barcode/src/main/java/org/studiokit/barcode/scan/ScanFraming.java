package org.studiokit.barcode.scan;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw scanner input into scans and errors, the same way for every driver (SCN-2).
 *
 * <ul>
 *   <li>Bytes are read as ISO-8859-1, one character each, so no byte sequence can fail to decode.</li>
 *   <li>A line ends at CR, LF or CRLF, whatever the scanner is set to send. A CR directly followed by LF is one
 *       terminator, even when the LF arrives in a later read.</li>
 *   <li>Empty and blank lines are ignored. A scan's payload is its line stripped of surrounding spaces.</li>
 *   <li>A character outside printable ASCII ({@code 0x20..0x7E}), or a line longer than {@value #MAX_LENGTH}
 *       characters, produces one {@link ScanError}; the buffer is reset and the rest of that line is dropped
 *       up to its terminator, so one bad line gives exactly one error and no stray scans.</li>
 *   <li>An exception thrown by the listener is logged and swallowed: the source never dies of it.</li>
 * </ul>
 *
 * <p>Thread-safe: every method locks the framing, and the listener is called with the lock held, in input order.
 */
public final class ScanFraming {
    /** The longest line accepted, in characters. */
    public static final int MAX_LENGTH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(ScanFraming.class);

    private final String sourceId;
    private final Clock clock;
    private final ScanListener listener;
    private final StringBuilder line = new StringBuilder(MAX_LENGTH + 1);
    private boolean discarding;
    private boolean afterCr;

    /**
     * @param sourceId the id stamped on scans and errors
     * @param clock    the clock that stamps them
     * @param listener who receives them
     */
    public ScanFraming(String sourceId, Clock clock, ScanListener listener) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return framing for a source opened with a config */
    public static ScanFraming of(ScannerConfig config, ScanListener listener) {
        return new ScanFraming(config.sourceId(), config.clock(), listener);
    }

    /** Feeds bytes of a stream (ISO-8859-1), such as one read from a serial port. */
    public synchronized void accept(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        for (int i = offset; i < offset + length; i++) {
            accept((char) (bytes[i] & 0xFF));
        }
    }

    /** Feeds one character of a stream. */
    public synchronized void accept(char c) {
        if (c == '\n' && afterCr) {
            afterCr = false;
            return;
        }
        afterCr = c == '\r';
        if (c == '\r' || c == '\n') {
            endLine();
        } else if (!discarding) {
            line.append(c);
            if (!printable(c)) {
                reject(String.format(Locale.ROOT, "control or non-ASCII character 0x%02X in scanner input", (int) c));
            } else if (line.length() > MAX_LENGTH) {
                reject("scanner input longer than " + MAX_LENGTH + " characters");
            }
        }
    }

    /**
     * Feeds one complete input, without its terminator (a replayed line, a keyboard-wedge burst). Any control
     * character in it, terminators included, is an error.
     */
    public synchronized void acceptLine(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!printable(c)) {
                error(String.format(Locale.ROOT, "control or non-ASCII character 0x%02X in scanner input", (int) c),
                        text);
                return;
            }
        }
        if (text.length() > MAX_LENGTH) {
            error("scanner input longer than " + MAX_LENGTH + " characters", text);
            return;
        }
        deliver(text.toString());
    }

    /** Ends the stream: a pending unterminated line is handled as a line. */
    public synchronized void endOfInput() {
        endLine();
        afterCr = false;
    }

    /** Drops a pending partial line (the device went away mid-scan). */
    public synchronized void discard() {
        line.setLength(0);
        discarding = false;
        afterCr = false;
    }

    /** Reports an error of the source itself (a lost port, an unreadable file) to the listener. */
    public synchronized void reportError(String message, CharSequence raw) {
        error(message, raw);
    }

    private void endLine() {
        String text = line.toString();
        line.setLength(0);
        if (discarding) {
            discarding = false;
            return;
        }
        deliver(text);
    }

    private void reject(String message) {
        error(message, line);
        line.setLength(0);
        discarding = true;
    }

    private void deliver(String text) {
        if (text.isBlank()) {
            return;
        }
        Scan scan = new Scan(text.strip(), clock.instant(), sourceId);
        try {
            listener.onScan(scan);
        } catch (RuntimeException e) {
            LOG.warn("scan listener of {} failed on a scan; the source keeps going", sourceId, e);
        }
    }

    private void error(String message, CharSequence raw) {
        ScanError error = new ScanError(sourceId, message, raw == null ? "" : raw.toString(), clock.instant());
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("scan listener of {} failed on an error; the source keeps going", sourceId, e);
        }
    }

    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7E;
    }
}
