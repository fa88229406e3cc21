package org.studiokit.barcode.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScanListener;

/** A listener that keeps everything it hears, safe to read from the test thread. */
public final class RecordingListener implements ScanListener {
    private final List<Scan> scans = new CopyOnWriteArrayList<>();
    private final List<ScanError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onScan(Scan scan) {
        scans.add(scan);
    }

    @Override
    public void onError(ScanError error) {
        errors.add(error);
    }

    /** @return the scans so far */
    public List<Scan> scans() {
        return List.copyOf(scans);
    }

    /** @return the payloads so far */
    public List<String> payloads() {
        return scans.stream().map(Scan::payload).toList();
    }

    /** @return the errors so far */
    public List<ScanError> errors() {
        return List.copyOf(errors);
    }
}
