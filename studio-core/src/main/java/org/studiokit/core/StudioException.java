package org.studiokit.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A business refusal: a stable {@link ErrorCode}, a message and the offending values. A command that
 * throws it has changed nothing.
 */
public final class StudioException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, Object> values;

    /**
     * @param code   the stable code
     * @param message a human-readable English message
     * @param values alternating name/value pairs of the offending values (for localised messages)
     */
    public StudioException(ErrorCode code, String message, Object... values) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put(String.valueOf(values[i]), values[i + 1]);
        }
        this.values = Collections.unmodifiableMap(map);
    }

    /** @return the stable code of this refusal */
    public ErrorCode code() {
        return code;
    }

    /** @return the offending values by name, in the order they were given */
    public Map<String, Object> values() {
        return values;
    }

    /** Throws a refusal with the given code when the condition holds. */
    public static void refuseIf(boolean condition, ErrorCode code, String message, Object... values) {
        if (condition) {
            throw new StudioException(code, message, values);
        }
    }
}
