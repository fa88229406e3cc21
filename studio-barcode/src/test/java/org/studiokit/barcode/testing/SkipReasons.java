package org.studiokit.barcode.testing;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints on the console why a test was skipped (a real-peer test whose program is missing, or a disabled test), so
 * the reason is seen where the build is watched and not only in the surefire reports. Registered for every test run
 * of this module through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
    private final PrintStream out;

    /** Prints to standard error. */
    public SkipReasons() {
        this(System.err);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        out.println("[SKIPPED] " + test.getDisplayName() + ": " + reason);
        out.flush();
    }
}
