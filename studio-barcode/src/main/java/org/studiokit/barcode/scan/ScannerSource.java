package org.studiokit.barcode.scan;

/**
 * An opened scanner (SCN-1): it delivers scans to its listener between {@link #start()} and {@link #close()}.
 */
public interface ScannerSource extends AutoCloseable {
    /** @return the source id, as carried by every scan and error */
    String id();

    /**
     * Starts delivering. Call once.
     *
     * @throws IllegalStateException when already started or closed
     */
    void start();

    /** Stops delivering and releases the device. Idempotent; never throws. */
    @Override
    void close();
}
