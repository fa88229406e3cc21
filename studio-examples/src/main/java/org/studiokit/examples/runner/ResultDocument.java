package org.studiokit.examples.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result document of a run (SPEC §13), written one step at a time: {@code {"ok": …, "steps": [ … ]}} with the
 * same bytes as writing the whole tree at once (two-space indentation, {@code \n} line ends, UTF-8, an unpaired
 * surrogate as {@code ?}). The steps go to a {@link Spool} as they finish, inside an object {@code {"steps": [ … ]}};
 * {@link #copy} then writes the document with the {@code ok} put in front of them.
 */
public final class ResultDocument implements AutoCloseable {
    private static final int OPENING = "{\n".length();
    /** Steps handed to the writing thread at a time. */
    private static final int BATCH = 256;
    /** Marks the end of the steps in the queue. */
    private static final List<ObjectNode> END = List.of();

    private final Writer writer;
    private final JsonGenerator generator;
    private final BlockingQueue<List<ObjectNode>> queue = new ArrayBlockingQueue<>(4);
    private final Thread writing;
    private volatile Throwable failure;
    private List<ObjectNode> batch = new ArrayList<>(BATCH);
    private boolean ended;

    /**
     * Starts the steps in a spool. They are written, in the order given, by a second thread while the run goes on;
     * the bytes are those of writing them one after the other on one thread.
     */
    public ResultDocument(Spool spool) {
        writer = new OutputStreamWriter(spool.sink(), StandardCharsets.UTF_8);
        generator = ScriptJson.generator(writer);
        generator.writeStartObject();
        generator.writeName("steps");
        generator.writeStartArray();
        writing = new Thread(this::write, "studio-run-results");
        writing.setDaemon(true);
        writing.start();
    }

    /**
     * Writes one step's result (later, on the writing thread: the caller must not change it afterwards).
     *
     * @throws RuntimeException what writing an earlier step threw (an {@link Error} is thrown as it is)
     */
    public void step(ObjectNode step) {
        batch.add(step);
        if (batch.size() == BATCH) {
            hand();
        }
    }

    /** Ends the steps and flushes them to the spool. */
    public void finish() {
        end();
        generator.writeEndArray();
        generator.writeEndObject();
        generator.close();
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results", e);
        }
    }

    @Override
    public void close() {
        try {
            end();
        } finally {
            generator.close();
        }
    }

    private void hand() {
        rethrow();
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    /** Hands over what is left, waits for the writing thread, and throws what it threw. */
    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (!batch.isEmpty()) {
            put(batch);
        }
        put(END);
        boolean interrupted = false;
        while (writing.isAlive()) {
            try {
                writing.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void put(List<ObjectNode> steps) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(steps);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e != null) {
            failure = null;
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
    }

    /** The writing thread: steps in order until the end; after a failure it only drains the queue. */
    private void write() {
        boolean failed = false;
        while (true) {
            List<ObjectNode> steps;
            try {
                steps = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (steps == END) {
                return;
            }
            for (int i = 0; i < steps.size() && !failed; i++) {
                try {
                    generator.writeTree(steps.get(i));
                } catch (RuntimeException | Error e) {
                    failure = e;
                    failed = true;
                }
            }
        }
    }

    /**
     * Writes the whole document: the {@code ok}, then the spooled steps.
     *
     * @throws IOException when the output cannot be written
     */
    public static void copy(boolean ok, Spool spool, OutputStream out) throws IOException {
        out.write(("{\n  \"ok\": " + ok + ",\n").getBytes(StandardCharsets.UTF_8));
        try (InputStream steps = spool.read()) {
            if (steps.skip(OPENING) != OPENING) {
                throw new IOException("the results were cut short");
            }
            steps.transferTo(out);
        }
        out.write('\n');
        out.flush();
    }
}
