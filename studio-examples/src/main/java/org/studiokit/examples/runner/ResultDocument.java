package org.studiokit.examples.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    private final Writer writer;
    private final JsonGenerator generator;

    /** Starts the steps in a spool. */
    public ResultDocument(Spool spool) {
        writer = new OutputStreamWriter(spool.sink(), StandardCharsets.UTF_8);
        generator = ScriptJson.generator(writer);
        generator.writeStartObject();
        generator.writeName("steps");
        generator.writeStartArray();
    }

    /** Writes one step's result. */
    public void step(ObjectNode step) {
        generator.writeTree(step);
    }

    /** Ends the steps and flushes them to the spool. */
    public void finish() {
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
        generator.close();
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
