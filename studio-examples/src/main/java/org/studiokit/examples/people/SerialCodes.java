package org.studiokit.examples.people;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDrivers;
import org.studiokit.barcode.scan.serial.SerialScannerDriver;
import org.studiokit.barcode.scan.serial.SerialScannerSource;
import org.studiokit.barcode.scan.serial.SerialSettings;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Codes from a scanner on a serial port, through studio-barcode's {@code serial} driver (jSerialComm, SCN-1). A port
 * that cannot be opened is refused ({@code NOT_FOUND}); once open, the port disappearing ends the session (the
 * driver would wait for it to come back; a person at a terminal is better told). Bad input is a notice (SCN-2).
 */
final class SerialCodes implements CodeSource {
    /** How long to wait for the port to open. */
    private static final Duration OPEN_WAIT = Duration.ofSeconds(10);

    private final String port;
    private final int baud;
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile SerialScannerSource source;
    private volatile boolean everConnected;
    private volatile String openFailure;

    SerialCodes(String port, int baud) {
        this.port = port;
        this.baud = baud;
    }

    @Override
    public void start(BlockingQueue<Event> events) {
        ScannerConfig config = SerialSettings.of(port).withBaudRate(baud).withReconnectInterval(Duration.ofMillis(200))
                .applyTo(ScannerConfig.of("serial", Clock.systemUTC()));
        source = (SerialScannerSource) ScannerDrivers.require(SerialScannerDriver.ID).open(config, listener(events));
        source.start();
        awaitOpen();
        if (!everConnected) {
            close();
            throw new StudioException(ErrorCode.NOT_FOUND, "cannot open serial port " + port, "port", port);
        }
        events.add(new Notice("reading codes from " + port + " at " + baud + " baud; Ctrl-C ends"));
        if (openFailure != null) { // lost between opening and this thread seeing it open
            events.add(new End("the serial port " + port + " is gone", false));
        }
    }

    /** Waits until the port is open, or the driver says it cannot open it, or {@link #OPEN_WAIT} passes. */
    private void awaitOpen() {
        long deadline = System.nanoTime() + OPEN_WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline && openFailure == null) {
                if (source.connected()) {
                    everConnected = true;
                    return;
                }
                settled.await(20, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ScanListener listener(BlockingQueue<Event> events) {
        return new ScanListener() {
            @Override
            public void onScan(Scan scan) {
                events.add(new Code(scan.payload()));
            }

            @Override
            public void onError(ScanError error) {
                SerialScannerSource s = source;
                boolean open = s != null && s.connected();
                if (!open && !everConnected) {
                    openFailure = error.message();
                    settled.countDown();
                } else if (!open) {
                    events.add(new End("the serial port " + port + " is gone", false));
                } else {
                    events.add(new Notice("scanner: " + error.message()
                            + (error.rawInput().isEmpty() ? "" : " (" + error.rawInput() + ")")));
                }
            }
        };
    }

    @Override
    public void close() {
        SerialScannerSource s = source;
        if (s != null) {
            s.close();
        }
    }
}
