package org.studiokit.barcode.scan.serial;

import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDriver;

/** The {@code serial} driver: a scanner on a serial port; options as in {@link SerialSettings}. */
public final class SerialScannerDriver implements ScannerDriver {
    /** The driver id. */
    public static final String ID = "serial";

    /** Creates the driver (for {@link java.util.ServiceLoader}). */
    public SerialScannerDriver() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SerialScannerSource open(ScannerConfig config, ScanListener listener) {
        return new SerialScannerSource(config.sourceId(), SerialSettings.from(config),
                ScanFraming.of(config, listener));
    }
}
