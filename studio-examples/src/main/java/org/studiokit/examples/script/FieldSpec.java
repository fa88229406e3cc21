package org.studiokit.examples.script;

import java.util.Objects;

/**
 * One field an op takes.
 *
 * @param name     the JSON key
 * @param kind     how it is checked before the script runs
 * @param required whether a step without it is malformed
 */
public record FieldSpec(String name, FieldKind kind, boolean required) {
    /** Validates. */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
