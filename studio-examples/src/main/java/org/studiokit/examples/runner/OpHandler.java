package org.studiokit.examples.runner;

/** Runs one op: reads the step's values, calls the studio, returns the result (or throws the refusal). */
@FunctionalInterface
public interface OpHandler {
    /**
     * @param step the step's context
     * @return the result
     * @throws org.studiokit.core.StudioException the refusal, when the studio refuses the step
     */
    StepResult run(StepContext step);
}
