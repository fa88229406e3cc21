package org.studiokit.examples.print;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a program a real-peer test needs (as studio-barcode's tests do): missing, the test is skipped with the reason
 * printed, except under {@code CI=true}, where it fails.
 */
final class PeerProgram {
    private PeerProgram() {
    }

    /** @return the program's path; skips or fails the test when it is not on the PATH */
    static Path require(String name, String debianPackage) {
        Optional<Path> found = find(name);
        if (found.isPresent()) {
            return found.get();
        }
        String message = name + " is not installed (apt-get install " + debianPackage + "); the real-peer test"
                + " needs it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " and CI=true, so it may not be skipped");
        }
        System.err.println("[SKIPPED] " + message);
        Assumptions.abort("skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
            if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
