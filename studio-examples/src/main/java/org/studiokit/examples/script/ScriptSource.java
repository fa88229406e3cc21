package org.studiokit.examples.script;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a script's bytes come from. A script is read more than once (first checked whole, then run step by step),
 * so a source opens a fresh stream each time; nothing keeps the whole script in memory.
 */
@FunctionalInterface
public interface ScriptSource {
    /**
     * @return a new stream over the script's UTF-8 bytes, from the start
     * @throws UncheckedIOException when it cannot be opened
     */
    InputStream open();

    /** @return a source over bytes held in memory */
    static ScriptSource of(byte[] bytes) {
        byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
        return () -> new ByteArrayInputStream(copy);
    }

    /** @return a source over a file, read afresh on each {@link #open()} */
    static ScriptSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
