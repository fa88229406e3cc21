package org.studiokit.examples.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.studiokit.examples.script.Step;
import org.studiokit.examples.script.StepCursor;

/**
 * A script's steps read and checked on a second thread, a few hundred ahead of the run: the same steps in the same
 * order as {@link StepCursor#next()}, and what reading threw (a malformed step, text that is not JSON) where it
 * threw, after the steps before it. Close it when done; the cursor is closed by the reading thread.
 */
final class StepFeed implements AutoCloseable {
    private static final int BATCH = 128;
    /** Follows the last step in the queue. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread reading;
    private volatile boolean closed;
    private List<Step> batch = List.of();
    private int next;
    private boolean done;

    StepFeed(StepCursor cursor) {
        reading = new Thread(() -> read(cursor), "studio-run-steps");
        reading.setDaemon(true);
        // read() hands every throwable to the run; one it could not hand over (e.g. out of memory while queueing)
        // must not be printed by the default handler beside the run's own one-line report: take() notices instead
        reading.setUncaughtExceptionHandler((thread, e) -> { });
        reading.start();
    }

    /**
     * @return the next step, or null after the last
     * @throws RuntimeException what reading it threw (an {@link Error} as it is)
     */
    @SuppressWarnings("unchecked")
    Step next() {
        while (next == batch.size()) {
            if (done) {
                return null;
            }
            Object item = take();
            if (item == END) {
                done = true;
                return null;
            }
            if (item instanceof Throwable t) {
                done = true;
                batch = List.of();
                next = 0;
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }
            batch = (List<Step>) item;
            next = 0;
        }
        return batch.get(next++);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (reading.isAlive()) {
            try {
                reading.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (item != null) {
                        return item;
                    }
                    if (!reading.isAlive() && queue.isEmpty()) {
                        return new IllegalStateException("the script's reader stopped without an end or an error");
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The reading thread: batches of steps, then the end or what reading threw (an error anywhere included). */
    private void read(StepCursor cursor) {
        try {
            readAll(cursor);
        } catch (RuntimeException | Error e) {
            offer(e);
        }
    }

    private void readAll(StepCursor cursor) {
        try (cursor) {
            List<Step> steps = new ArrayList<>(BATCH);
            while (true) {
                Step step;
                try {
                    step = cursor.next();
                } catch (RuntimeException | Error e) {
                    if (steps.isEmpty() || offer(steps)) {
                        offer(e);
                    }
                    return;
                }
                if (step == null) {
                    if (steps.isEmpty() || offer(steps)) {
                        offer(END);
                    }
                    return;
                }
                steps.add(step);
                if (steps.size() == BATCH) {
                    if (!offer(steps)) {
                        return;
                    }
                    steps = new ArrayList<>(BATCH);
                }
            }
        }
    }

    /** @return false when the feed was closed before the item could be queued */
    private boolean offer(Object item) {
        while (!closed) {
            try {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }
}
