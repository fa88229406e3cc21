package org.studiokit.export;

/**
 * EXP-6: how a host delivers an exported file to the accounting package itself (an API call, a shared folder, an
 * e-mail). The SDK holds no network code; it records the outcome. Throwing marks the delivery failed with the
 * exception's message; it may be retried.
 */
@FunctionalInterface
public interface Delivery {
    /** Delivers the file. */
    void deliver(ExportResult file) throws Exception;
}
