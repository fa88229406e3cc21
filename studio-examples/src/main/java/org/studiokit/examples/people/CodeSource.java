package org.studiokit.examples.people;

import java.util.concurrent.BlockingQueue;

/**
 * Where the codes of a {@code studio scan} session come from: standard input or a serial scanner. A source puts
 * {@link Event}s on the session's queue from its own thread until it ends or is closed.
 */
interface CodeSource extends AutoCloseable {
    /**
     * Starts delivering.
     *
     * @param events the session's queue
     * @throws org.studiokit.core.StudioException when the source cannot be opened (nothing was delivered)
     */
    void start(BlockingQueue<Event> events);

    /** Stops delivering and releases the device; never throws. */
    @Override
    void close();

    /** What a source tells the session. */
    sealed interface Event permits Code, Notice, End {
    }

    /** A code read (a line, a scan); blank codes are ignored by the batch (SCN-2). */
    record Code(String text) implements Event {
    }

    /** Something to tell the person at the terminal (a scanner error, SCN-2); the session goes on. */
    record Notice(String text) implements Event {
    }

    /** The session ends: end of input, the port gone, Ctrl-C. */
    record End(String why, boolean interrupted) implements Event {
    }
}
