package org.studiokit.examples.runner;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Why a step failed, as its output shows it: a SPEC §12 code and a message. A business refusal keeps its code; an
 * arithmetic overflow (amounts beyond what the currency can hold) is a value of the wrong form, {@code VALIDATION}.
 * Anything else is a defect, reported with the code {@code INTERNAL_ERROR} instead of a stack trace.
 *
 * @param code    the code
 * @param message what happened
 */
public record StepFailure(String code, String message) {
    /** The code of a failure that is not a business refusal. */
    public static final String INTERNAL = "INTERNAL_ERROR";

    /** @return the failure a step's exception stands for */
    public static StepFailure of(RuntimeException e) {
        if (e instanceof StudioException se) {
            return new StepFailure(se.code().name(), String.valueOf(se.getMessage()));
        }
        if (e instanceof ArithmeticException) {
            return new StepFailure(ErrorCode.VALIDATION.name(), "a value is out of range: " + e.getMessage());
        }
        return new StepFailure(INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** @return whether the failure is the expected refusal */
    public boolean is(ErrorCode expected) {
        return expected != null && expected.name().equals(code);
    }
}
