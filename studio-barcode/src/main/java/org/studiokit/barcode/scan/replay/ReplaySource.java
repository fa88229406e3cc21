package org.studiokit.barcode.scan.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.studiokit.barcode.scan.ScanFraming;
import org.studiokit.barcode.scan.ScannerSource;

/**
 * Replays recorded scans. {@link #start()} delivers them all on the caller's thread, in order, then returns.
 * Lines of a list go through {@link ScanFraming#acceptLine(CharSequence)}; a file's bytes go through the stream
 * framing (ISO-8859-1, CR/LF/CRLF, last line need not be terminated). A file that cannot be read is reported as
 * one error.
 */
public final class ReplaySource implements ScannerSource {
    private final String id;
    private final ScanFraming framing;
    private final List<String> lines;
    private final Path file;
    private boolean started;
    private boolean closed;

    private ReplaySource(String id, ScanFraming framing, List<String> lines, Path file) {
        this.id = Objects.requireNonNull(id, "id");
        this.framing = Objects.requireNonNull(framing, "framing");
        this.lines = lines;
        this.file = file;
    }

    /** @return a source replaying each string as one scanned line */
    public static ReplaySource ofLines(String id, ScanFraming framing, List<String> lines) {
        return new ReplaySource(id, framing, List.copyOf(lines), null);
    }

    /** @return a source replaying a file, one scan per line */
    public static ReplaySource ofFile(String id, ScanFraming framing, Path file) {
        return new ReplaySource(id, framing, null, Objects.requireNonNull(file, "file"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start() {
        synchronized (this) {
            if (started || closed) {
                throw new IllegalStateException("replay " + id + " was already started or closed");
            }
            started = true;
        }
        if (lines != null) {
            for (String line : lines) {
                if (isClosed()) {
                    return;
                }
                framing.acceptLine(line);
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            framing.reportError("cannot read replay file " + file + ": " + e.getMessage(), "");
            return;
        }
        framing.accept(bytes, 0, bytes.length);
        framing.endOfInput();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
