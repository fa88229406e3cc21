package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code target/studio.jar} as a child process ({@code java -jar}), the way people run it.
 *
 * @param exit   the exit code
 * @param stdout standard output
 * @param stderr standard error
 */
record Jar(int exit, String stdout, String stderr) {
    static final Path JAR = Path.of("target", "studio.jar").toAbsolutePath();

    /** Runs {@code java -jar studio.jar ARGS} in a working directory, with standard input from a string or nothing. */
    static Jar piped(Path workDir, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "out", ".txt");
            Path err = Files.createTempFile(workDir, "err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("studio %s finishes", command).isTrue();
            Jar r = new Jar(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs with no standard input. */
    static Jar run(Path workDir, String... args) {
        return piped(workDir, null, args);
    }

    /** @return the H2 file URL of a database in a directory */
    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("books").toAbsolutePath();
    }

    /** Fills a database with the test books (resources/people/books.json) through {@code studio run --keep}. */
    static Jar fill(Path dir, String url) throws IOException {
        Path script = dir.resolve("books.json");
        try (var in = Jar.class.getResourceAsStream("/people/books.json")) {
            Files.write(script, in.readAllBytes());
        }
        Jar r = run(dir, "run", script.toString(), "--db", url, "--keep");
        assertThat(r.exit()).as(r.stderr() + r.stdout()).isZero();
        return r;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
}
