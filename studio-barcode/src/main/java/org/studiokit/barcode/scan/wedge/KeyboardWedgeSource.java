package org.studiokit.barcode.scan.wedge;

import java.util.Objects;
import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScannerSource;

/**
 * A keyboard-wedge scanner. Keys are collected into a burst; a gap between two keys of the threshold or more (or
 * a timestamp going backwards) ends the burst as typing and starts a new one with the key. Enter arriving within
 * the threshold of the burst's last key makes the burst a scan, if it has at least the minimum length; it then
 * goes through {@link ScanFraming#acceptLine(CharSequence)} (control characters and over-long bursts are errors).
 * Typing is dropped silently. Keys are handled on the caller's thread; feeding is synchronised.
 */
public final class KeyboardWedgeSource implements ScannerSource {
    private final String id;
    private final ScanFraming framing;
    private final long thresholdMillis;
    private final int minLength;
    private final StringBuilder burst = new StringBuilder();
    private long lastKey;
    private boolean started;
    private boolean closed;

    /**
     * @param id              the source id
     * @param framing         where scans go
     * @param thresholdMillis gaps below this are a scanner's; at or above it, a person's
     * @param minLength       the fewest characters a scan has
     */
    public KeyboardWedgeSource(String id, ScanFraming framing, long thresholdMillis, int minLength) {
        this.id = Objects.requireNonNull(id, "id");
        this.framing = Objects.requireNonNull(framing, "framing");
        if (thresholdMillis < 1 || minLength < 1) {
            throw new IllegalArgumentException("threshold and minimum length must be at least 1");
        }
        this.thresholdMillis = thresholdMillis;
        this.minLength = minLength;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the inter-key gap threshold in milliseconds */
    public long thresholdMillis() {
        return thresholdMillis;
    }

    @Override
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException("keyboard wedge " + id + " was already started or closed");
        }
        started = true;
    }

    /**
     * Feeds one key.
     *
     * @throws IllegalStateException when the source is not started or already closed
     */
    public synchronized void feed(WedgeKey key) {
        Objects.requireNonNull(key, "key");
        if (!started || closed) {
            throw new IllegalStateException("keyboard wedge " + id + " is not running");
        }
        long gap = key.timestampMillis() - lastKey;
        boolean fast = burst.length() > 0 && gap >= 0 && gap < thresholdMillis;
        if (!fast) {
            burst.setLength(0);
        }
        lastKey = key.timestampMillis();
        if (key.enter()) {
            if (fast && burst.length() >= minLength) {
                framing.acceptLine(burst);
            }
            burst.setLength(0);
        } else if (burst.length() <= ScanFraming.MAX_LENGTH) {
            burst.append(key.character());
        }
    }

    /** Feeds a typed character. */
    public void key(char character, long timestampMillis) {
        feed(WedgeKey.of(character, timestampMillis));
    }

    /** Feeds Enter. */
    public void enter(long timestampMillis) {
        feed(WedgeKey.enter(timestampMillis));
    }

    @Override
    public synchronized void close() {
        closed = true;
        burst.setLength(0);
    }
}
