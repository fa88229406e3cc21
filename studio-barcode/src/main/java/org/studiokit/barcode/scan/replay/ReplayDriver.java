package org.studiokit.barcode.scan.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDriver;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * The {@code replay} driver: scans from a file (option {@code file}, one scan per line) or, through
 * {@link #open(List, ScannerConfig, ScanListener)}, from a list.
 */
public final class ReplayDriver implements ScannerDriver {
    /** The driver id. */
    public static final String ID = "replay";

    /** Creates the driver (for {@link java.util.ServiceLoader}). */
    public ReplayDriver() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * @throws StudioException {@code VALIDATION} when option {@code file} is missing or not a readable file
     */
    @Override
    public ReplaySource open(ScannerConfig config, ScanListener listener) {
        Path file = Path.of(config.required("file"));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new StudioException(ErrorCode.VALIDATION, "replay file " + file + " is not a readable file",
                    "file", file.toString());
        }
        return ReplaySource.ofFile(config.sourceId(), ScanFraming.of(config, listener), file);
    }

    /** @return a source replaying each string as one scanned line */
    public ReplaySource open(List<String> scans, ScannerConfig config, ScanListener listener) {
        return ReplaySource.ofLines(config.sourceId(), ScanFraming.of(config, listener), scans);
    }
}
