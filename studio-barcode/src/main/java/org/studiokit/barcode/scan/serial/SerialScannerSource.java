package org.studiokit.barcode.scan.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScannerSource;

/**
 * A scanner on a serial port. One daemon reader thread opens the port, reads bytes into the shared
 * {@link ScanFraming}, and when the port fails (a read error, or the device or its symlink is gone or now points
 * elsewhere) closes it, reports one error, and tries to open it again every reconnect interval until it is back.
 * A scan cut short by the loss is dropped. {@link #close()} stops the thread and closes the port.
 */
public final class SerialScannerSource implements ScannerSource {
    private static final Logger LOG = LoggerFactory.getLogger(SerialScannerSource.class);
    private static final long JOIN_MILLIS = 5_000;

    private final String id;
    private final SerialSettings settings;
    private final ScanFraming framing;
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread reader;
    private volatile boolean connected;

    /**
     * @param id       the source id
     * @param settings the port settings
     * @param framing  where the bytes go
     */
    public SerialScannerSource(String id, SerialSettings settings, ScanFraming framing) {
        this.id = Objects.requireNonNull(id, "id");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.framing = Objects.requireNonNull(framing, "framing");
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the settings */
    public SerialSettings settings() {
        return settings;
    }

    /** @return whether the port is open right now */
    public boolean connected() {
        return connected;
    }

    @Override
    public synchronized void start() {
        if (reader != null || stop.getCount() == 0) {
            throw new IllegalStateException("serial scanner " + id + " was already started or closed");
        }
        reader = new Thread(this::run, "studio-scanner-" + id);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() {
        stop.countDown();
        Thread thread;
        synchronized (this) {
            thread = reader;
        }
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(JOIN_MILLIS + settings.readTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("serial scanner {} reader did not stop in time", id);
        }
    }

    private boolean stopping() {
        return stop.getCount() == 0;
    }

    private void run() {
        boolean outage = false;
        boolean everConnected = false;
        while (!stopping()) {
            Optional<OpenPort> open = tryOpen();
            if (open.isEmpty()) {
                if (!outage) {
                    framing.reportError("cannot open serial port " + settings.port() + "; retrying every "
                            + settings.reconnectInterval().toMillis() + " ms", "");
                    outage = true;
                }
                if (pause()) {
                    break;
                }
                continue;
            }
            if (everConnected) {
                LOG.info("serial scanner {} reconnected to {}", id, settings.port());
            }
            everConnected = true;
            outage = false;
            connected = true;
            try {
                readUntilLost(open.get());
            } finally {
                connected = false;
                open.get().port().closePort();
                framing.discard();
            }
            if (!stopping()) {
                framing.reportError("lost serial port " + settings.port() + "; retrying every "
                        + settings.reconnectInterval().toMillis() + " ms", "");
                outage = true;
                if (pause()) {
                    break;
                }
            }
        }
    }

    /** @return whether the source was closed while waiting */
    private boolean pause() {
        try {
            return stop.await(settings.reconnectInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Optional<OpenPort> tryOpen() {
        Optional<Path> device = devicePath();
        if (device.isPresent() && !Files.exists(device.get())) {
            return Optional.empty();
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(settings.port());
        } catch (RuntimeException e) {
            LOG.debug("serial port {} not available", settings.port(), e);
            return Optional.empty();
        }
        port.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits().code(),
                settings.parity().code());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) settings.readTimeout().toMillis(), 0);
        if (!port.openPort()) {
            return Optional.empty();
        }
        return Optional.of(new OpenPort(port, device.flatMap(SerialScannerSource::realPath)));
    }

    private void readUntilLost(OpenPort open) {
        byte[] buffer = new byte[512];
        while (!stopping()) {
            int n = open.port().readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            if (n > 0) {
                framing.accept(buffer, 0, n);
            } else if (!stillThere(open)) {
                return;
            }
        }
    }

    private boolean stillThere(OpenPort open) {
        if (open.port().bytesAvailable() < 0) {
            return false;
        }
        if (open.realPath().isEmpty()) {
            return true;
        }
        Optional<Path> device = devicePath();
        return device.isPresent() && device.flatMap(SerialScannerSource::realPath).equals(open.realPath());
    }

    /** @return the configured port as a file path, when it is one (a name such as COM3 is not) */
    private Optional<Path> devicePath() {
        String port = settings.port();
        return port.startsWith("/") ? Optional.of(Path.of(port)) : Optional.empty();
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** An opened port and the device file it resolved to. */
    private record OpenPort(SerialPort port, Optional<Path> realPath) {
    }
}
