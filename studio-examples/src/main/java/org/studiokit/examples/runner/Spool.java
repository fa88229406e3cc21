package org.studiokit.examples.runner;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run's step results wait until the run ends. A result document starts with the top-level {@code ok}, which
 * is known only after the last step, so the steps are written here one at a time as they finish (never held as one
 * tree) and then copied to the output after the {@code ok}: a temporary file for the command line (memory stays flat
 * however long the script), memory for tests.
 */
public interface Spool extends AutoCloseable {
    /** @return where the steps are written (once) */
    OutputStream sink();

    /** @return the bytes written, from the start */
    InputStream read();

    /** Releases the spool (a file spool deletes its file). */
    @Override
    void close();

    /** @return a spool in memory */
    static Spool inMemory() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new Spool() {
            @Override
            public OutputStream sink() {
                return bytes;
            }

            @Override
            public InputStream read() {
                return new ByteArrayInputStream(bytes.toByteArray());
            }

            @Override
            public void close() {
                bytes.reset();
            }
        };
    }

    /**
     * @return a spool in a new temporary file, deleted when closed
     * @throws UncheckedIOException when the file cannot be made
     */
    static Spool tempFile() {
        try {
            Path file = Files.createTempFile("studio-run-", ".json");
            file.toFile().deleteOnExit();
            return new FileSpool(file, new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the results", e);
        }
    }

    /** A spool in a temporary file. */
    final class FileSpool implements Spool {
        private final Path file;
        private final OutputStream out;

        private FileSpool(Path file, OutputStream out) {
            this.file = file;
            this.out = out;
        }

        @Override
        public OutputStream sink() {
            return out;
        }

        @Override
        public InputStream read() {
            try {
                out.close();
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the results", e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                // the file goes anyway
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleteOnExit is the fallback
            }
        }
    }
}
