package org.studiokit.examples.runner;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a step that succeeded gives back.
 *
 * @param json     its {@code result}
 * @param recordId the internal id of the record its {@code ref} names (a batch: its number), or null
 */
public record StepResult(ObjectNode json, Long recordId) {
    /** Validates. */
    public StepResult {
        Objects.requireNonNull(json, "json");
    }

    /** @return a result that names no record */
    public static StepResult of(ObjectNode json) {
        return new StepResult(json, null);
    }
}
