package org.studiokit.barcode.scan;

/**
 * Receives what a scanner source reads (SCN-1). Called on the source's own thread (the serial reader thread) or
 * on the caller's thread (wedge, replay); a host with a UI thread hands the event over itself. An exception
 * thrown here is logged and does not stop the source.
 */
public interface ScanListener {
    /** A scan was read. */
    void onScan(Scan scan);

    /** Input was refused or the device was lost (SCN-2); the source keeps going. */
    void onError(ScanError error);
}
