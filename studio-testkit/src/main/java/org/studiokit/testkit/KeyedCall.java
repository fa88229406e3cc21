package org.studiokit.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.studiokit.core.movement.Receipt;

/**
 * An accepted money command that carried an idempotency key (IDM-1), kept so later steps can re-issue it.
 *
 * @param key     the idempotency key
 * @param command what the command was, for messages
 * @param first   the receipt the first call returned
 * @param retry   re-issues the very same command (same key, same business fields)
 * @param clash   issues the same command type with the same key and one business field changed
 */
public record KeyedCall(String key, String command, Receipt first, Supplier<Receipt> retry,
        Supplier<Receipt> clash) {
    /** Validates. */
    public KeyedCall {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clash, "clash");
    }

    @Override
    public String toString() {
        return command + " [" + key + "]";
    }
}
