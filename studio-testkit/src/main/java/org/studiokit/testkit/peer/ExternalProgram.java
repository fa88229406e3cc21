package org.studiokit.testkit.peer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs an external program a real-peer test needs (zbarimg, socat, ledger, hledger, bean-check). Missing:
 * the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
public final class ExternalProgram {
    private ExternalProgram() {
    }

    /** @return the program's path; skips or fails the test when it is not on the PATH */
    public static Path require(String name, String debianPackage) {
        Optional<Path> found = find(name);
        if (found.isPresent()) {
            return found.get();
        }
        String message = name + " is not installed (apt-get install " + debianPackage + "); the real-peer test"
                + " needs it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " and CI=true, so it may not be skipped");
        }
        Assumptions.abort("skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a program and waits for it.
     *
     * @return its exit code and its output (stdout and stderr together)
     */
    public static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a program did.
     *
     * @param exit   its exit code
     * @param output what it printed
     */
    public record Result(int exit, String output) {
    }
}
