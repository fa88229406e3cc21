package org.studiokit.examples.script;

import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.security.Actor;
import tools.jackson.databind.JsonNode;

/**
 * One checked step of a script.
 *
 * @param index  its position, from 0
 * @param spec   its op
 * @param fields the step as written
 * @param actor  who runs it ({@code as}, else the first user)
 * @param expect the error code it must fail with, or null when it must succeed
 * @param ref    the ref it defines, or null
 */
public record Step(int index, OpSpec spec, JsonNode fields, Actor actor, ErrorCode expect, String ref) {
    /** Validates. */
    public Step {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(actor, "actor");
    }

    /** @return the op name */
    public String op() {
        return spec.name();
    }
}
