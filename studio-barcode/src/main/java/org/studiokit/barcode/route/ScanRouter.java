package org.studiokit.barcode.route;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.core.StudioException;

/**
 * Routes scans to the host (SCN-3): each scan is parsed; a payload opens its record through the
 * {@link RecordOpener} only when the host's check says no other record is open. Invalid payloads and the opener's
 * refusals go to the {@link RoutingListener}. Plug it into a driver as its {@link ScanListener}; it runs on the
 * driver's thread, so a UI host's opener hands over to its UI thread itself.
 */
public final class ScanRouter implements ScanListener {
    private final RecordOpener opener;
    private final BooleanSupplier recordOpen;
    private final RoutingListener listener;

    /**
     * @param opener     opens a record
     * @param recordOpen says whether another record is open right now
     * @param listener   hears about refused scans
     */
    public ScanRouter(RecordOpener opener, BooleanSupplier recordOpen, RoutingListener listener) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.recordOpen = Objects.requireNonNull(recordOpen, "recordOpen");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return what was done with the scan */
    public RouteOutcome route(Scan scan) {
        Objects.requireNonNull(scan, "scan");
        BarcodePayload payload;
        try {
            payload = BarcodePayload.parse(scan.payload());
        } catch (StudioException e) {
            listener.onRejected(scan, e);
            return RouteOutcome.REJECTED;
        }
        if (recordOpen.getAsBoolean()) {
            listener.onBusy(scan, payload);
            return RouteOutcome.BUSY;
        }
        try {
            opener.open(payload);
        } catch (StudioException e) {
            listener.onRejected(scan, e);
            return RouteOutcome.REJECTED;
        }
        return RouteOutcome.OPENED;
    }

    @Override
    public void onScan(Scan scan) {
        route(scan);
    }

    @Override
    public void onError(ScanError error) {
        listener.onScannerError(error);
    }
}
