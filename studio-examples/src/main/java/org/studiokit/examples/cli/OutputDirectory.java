package org.studiokit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --out DIR} of a subcommand: created before anything runs, so a bad directory fails early. */
final class OutputDirectory {
    private final Path dir;
    private final PrintWriter err;

    private OutputDirectory(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    /** @return the directory (one that writes nothing when none was asked for), or null after printing why not */
    static OutputDirectory open(Path dir, PrintWriter err) {
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException | RuntimeException e) {
                err.println("studio: cannot use --out " + dir + ": " + e);
                return null;
            }
        }
        return new OutputDirectory(dir, err);
    }

    /** Writes a file into the directory; @return false after printing why it could not */
    boolean write(String name, byte[] bytes) {
        return write(name, out -> out.write(bytes));
    }

    /** Writes a file into the directory from a writer; @return false after printing why it could not */
    boolean write(String name, Content content) {
        if (dir == null) {
            return true;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            content.writeTo(out);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("studio: cannot write " + dir.resolve(name) + ": " + e);
            return false;
        }
    }

    /** What a file holds, written to its stream. */
    @FunctionalInterface
    interface Content {
        /** @throws IOException when it cannot be written */
        void writeTo(OutputStream out) throws IOException;
    }
}
