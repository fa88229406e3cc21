package org.studiokit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the {@code studio} command line, as the jar's entry point runs it.
 *
 * @param exit   the exit code
 * @param stdout what it printed on standard output
 * @param stderr what it printed on standard error
 */
public record CliRun(int exit, String stdout, String stderr) {
    /** Runs the command line with the arguments. */
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = StudioCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return what {@code studio demo} printed before the list of files it wrote: its story */
    public String story() {
        int files = stdout.indexOf("\nFiles\n=====\n");
        if (files < 0) {
            throw new AssertionError("the demo's output does not end with the files it wrote:\n" + stdout + stderr);
        }
        return stdout.substring(0, files);
    }
}
