package org.studiokit.testkit;

import org.studiokit.core.ErrorCode;

/** What became of one operation: accepted with a result, or refused with a code. */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Refused {

    /** @return the operation */
    Op op();

    /** @return whether the studio accepted it */
    default boolean accepted() {
        return this instanceof Accepted;
    }

    /**
     * An accepted operation.
     *
     * @param op     the operation
     * @param result what the command returned, or null
     */
    record Accepted(Op op, Object result) implements Outcome {
    }

    /**
     * A refused operation: it changed nothing.
     *
     * @param op      the operation
     * @param code    the refusal code
     * @param message the refusal message
     */
    record Refused(Op op, ErrorCode code, String message) implements Outcome {
    }
}
