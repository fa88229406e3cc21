package org.studiokit.examples.script;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread of a run. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Waits for a task, through interrupts (the interrupt is kept for the caller), and throws what it threw.
     *
     * @param task the task
     * @param <T>  its result type
     * @return its result
     * @throws RuntimeException what the task threw (an {@link Error} as it is; a checked exception wrapped)
     */
    public static <T> T await(Future<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
