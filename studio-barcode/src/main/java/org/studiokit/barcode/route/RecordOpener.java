package org.studiokit.barcode.route;

import org.studiokit.barcode.BarcodePayload;

/** The host's way to open a record on screen (SCN-3). */
@FunctionalInterface
public interface RecordOpener {
    /**
     * Opens the record a scan points at.
     *
     * @param payload the record type and number
     * @throws org.studiokit.core.StudioException e.g. {@code NOT_FOUND}; reported as a rejected scan
     */
    void open(BarcodePayload payload);
}
