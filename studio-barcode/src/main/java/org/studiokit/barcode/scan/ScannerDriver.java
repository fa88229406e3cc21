package org.studiokit.barcode.scan;

/**
 * A kind of scanner (SCN-1): serial port, keyboard wedge, replay, or a host's own. Implementations have a public
 * no-argument constructor and are listed in {@code META-INF/services/org.studiokit.barcode.scan.ScannerDriver}.
 */
public interface ScannerDriver {
    /** @return the driver's stable id, e.g. {@code serial} */
    String id();

    /**
     * Opens a source; it delivers nothing until {@link ScannerSource#start()}.
     *
     * @param config   the source id, clock and driver options
     * @param listener who receives the scans and errors
     * @return the source
     * @throws org.studiokit.core.StudioException {@code VALIDATION} when an option is missing or wrong
     */
    ScannerSource open(ScannerConfig config, ScanListener listener);
}
