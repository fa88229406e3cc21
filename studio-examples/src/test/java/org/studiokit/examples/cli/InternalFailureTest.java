package org.studiokit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.StudioCommand;

/**
 * SPEC §13 exit 3: an internal failure prints one line on standard error, no stack trace, and exits 3; output that
 * cannot be written is one.
 */
class InternalFailureTest {
    private static final String SCRIPT = "{\"studio\": {\"currency\": \"USD\"}, \"steps\": ["
            + "{\"op\": \"client\", \"ref\": \"c\", \"name\": \"Cy\"}, {\"op\": \"verifyAudit\"}]}";

    @TempDir
    Path dir;

    /** A stream whose every write fails, as a full disk or a closed pipe does. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    @DisplayName("§13 output that cannot be written fails the run with exit 3 and one line")
    void unwritable_output_exits_3() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCRIPT);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = StudioCommand.run(new String[] {"run", file.toString()}, new PrintStream(new FullDisk(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(3);
        assertThat(message).startsWith("studio run: cannot write the output");
        assertThat(message.strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("§13 running out of memory is one clear line on standard error and exit 3, nothing on standard output")
    void out_of_memory_exits_3_with_one_line() throws Exception {
        Path script = dir.resolve("big.json");
        String line = "{\"item\": \"" + "x".repeat(150) + "\", \"qty\": 1, \"price\": \"1.00\"}";
        String lines = String.join(",", java.util.Collections.nCopies(100, line));
        try (BufferedWriter w = Files.newBufferedWriter(script)) {
            w.write("{\"studio\": {\"currency\": \"USD\"}, \"steps\": [{\"op\": \"client\", \"ref\": \"c\","
                    + " \"name\": \"Cy\"}");
            for (int i = 0; i < 1_000; i++) {
                w.write(", {\"op\": \"invoice\", \"type\": \"GENERIC\", \"client\": \"c\", \"date\":"
                        + " \"2026-03-02\", \"lines\": [" + lines + "]}");
            }
            w.write("]}");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx24m", "-cp",
                System.getProperty("java.class.path"), StudioCommand.class.getName(), "run", script.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err).startsWith("studio: internal error: out of memory").doesNotContain("\tat ");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    }
}
