package org.studiokit.examples.people;

import java.util.function.LongConsumer;

/**
 * Starts the progress line of one phase of long work (the command line's {@code cli.Progress} on standard error).
 * Commands see only the {@link LongConsumer} of the count done so far; the line ends when the count reaches the total.
 */
@FunctionalInterface
public interface ProgressLines {
    /** Shows nothing. */
    ProgressLines NONE = (phase, total, forced) -> done -> { };

    /**
     * @param phase  what is being done, e.g. {@code posting}
     * @param total  how many steps (at least 1)
     * @param forced whether {@code --progress} asked for the line even when standard error is not a terminal
     * @return the consumer of the count done so far
     */
    LongConsumer start(String phase, long total, boolean forced);
}
