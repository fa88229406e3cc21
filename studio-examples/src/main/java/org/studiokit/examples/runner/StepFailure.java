package org.studiokit.examples.runner;

import java.util.Map;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Why a step failed, as its output shows it: a SPEC §12 code, a message and the refusal's offending values. A
 * business refusal keeps its code and values; an arithmetic overflow (amounts beyond what the currency can hold) is
 * a value of the wrong form, {@code VALIDATION}. Anything else is a defect, reported with the code
 * {@code INTERNAL_ERROR} instead of a stack trace (and the run exits 3).
 *
 * @param code    the code
 * @param message what happened
 * @param values  the offending values by name, in the order the refusal gave them
 */
public record StepFailure(String code, String message, Map<String, Object> values) {
    /** The code of a failure that is not a business refusal. */
    public static final String INTERNAL = "INTERNAL_ERROR";

    /** @return the failure a step's exception stands for */
    public static StepFailure of(RuntimeException e) {
        if (e instanceof StudioException se) {
            return new StepFailure(se.code().name(), String.valueOf(se.getMessage()), se.values());
        }
        if (e instanceof ArithmeticException) {
            return new StepFailure(ErrorCode.VALIDATION.name(), "a value is out of range: " + e.getMessage(),
                    Map.of());
        }
        return new StepFailure(INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of());
    }

    /** @return whether the failure is the expected refusal */
    public boolean is(ErrorCode expected) {
        return expected != null && expected.name().equals(code);
    }
}
