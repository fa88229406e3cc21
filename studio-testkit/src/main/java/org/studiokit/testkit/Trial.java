package org.studiokit.testkit;

import java.util.List;
import java.util.Objects;

/**
 * One generated case of a sequence property: a fixed context (for example the studio's settings) and the steps to
 * run in it. Shrinking removes steps and keeps the context.
 *
 * @param context the context every run of the steps starts from; should be an immutable value
 * @param steps   the steps, in order
 * @param <C>     the context type
 * @param <S>     the step type
 */
public record Trial<C, S>(C context, List<S> steps) {
    /** Copies the steps. */
    public Trial {
        Objects.requireNonNull(context, "context");
        steps = List.copyOf(steps);
    }

    /** @return the same context with other steps */
    public Trial<C, S> withSteps(List<S> other) {
        return new Trial<>(context, other);
    }
}
