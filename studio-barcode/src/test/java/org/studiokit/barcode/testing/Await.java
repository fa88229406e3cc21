package org.studiokit.barcode.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded polling for tests that wait on another thread or process. */
public final class Await {
    private Await() {
    }

    /** Polls every 10 ms until the condition holds; fails with the description after the timeout. */
    public static void until(Duration timeout, Supplier<String> description, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout.toMillis() + " ms waiting for " + description.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + description.get());
            }
        }
    }

    /** Polls up to 10 s. */
    public static void until(String description, BooleanSupplier condition) {
        until(Duration.ofSeconds(10), () -> description, condition);
    }
}
