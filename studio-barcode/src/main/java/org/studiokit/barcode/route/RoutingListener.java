package org.studiokit.barcode.route;

import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.core.StudioException;

/** Hears about scans the router could not open (SCN-3), e.g. to beep or show a message. */
@FunctionalInterface
public interface RoutingListener {
    /**
     * A scan was refused: not a payload ({@code INVALID_BARCODE}) or refused by the host's opener.
     *
     * @param scan   the scan
     * @param reason the refusal with its code
     */
    void onRejected(Scan scan, StudioException reason);

    /** A valid scan arrived while another record was open; it was not opened. Does nothing by default. */
    default void onBusy(Scan scan, BarcodePayload payload) {
        // ignored unless the host cares
    }

    /** The scanner reported an error (SCN-2). Does nothing by default. */
    default void onScannerError(ScanError error) {
        // ignored unless the host cares
    }
}
