package org.studiokit.examples.runner;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code --out DIR} export files of a {@code studio run} go to (EXP-2): set for the duration of one run on the
 * running thread; none means the export steps report their file name and write nothing.
 */
public final class ExportDirectory {
    private static final ThreadLocal<Path> DIR = new ThreadLocal<>();

    private ExportDirectory() {
    }

    /** Runs work with export files written under a directory (null for none). */
    public static <T> T during(Path dir, Supplier<T> work) {
        Path previous = DIR.get();
        DIR.set(dir);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                DIR.remove();
            } else {
                DIR.set(previous);
            }
        }
    }

    /** @return the directory export files go to, if any */
    static Optional<Path> current() {
        return Optional.ofNullable(DIR.get());
    }
}
