package org.studiokit.examples;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.studiokit.examples.cli.DemoCommand;
import org.studiokit.examples.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code studio}: the StudioKit command line. {@code studio run SCRIPT.json} runs a scenario script,
 * {@code studio demo} runs a studio's month and prints every report. Exit codes are 0, 1 and 2 only; no input makes
 * it print a stack trace.
 */
@Command(name = "studio", mixinStandardHelpOptions = true, version = "studio 0.1.0",
        description = "The StudioKit command line: scenario scripts and the demo, on the in-memory store.",
        subcommands = {RunCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class StudioCommand implements Callable<Integer> {
    /** The exit code of a wrong command line or a malformed script. */
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments
     * @param out  where results go (UTF-8)
     * @param err  where messages go (UTF-8)
     * @return the exit code: 0, 1 or 2
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cmd = new CommandLine(new StudioCommand());
            cmd.setOut(stdout);
            cmd.setErr(stderr);
            cmd.setExecutionExceptionHandler((e, line, parsed) -> {
                line.getErr().println("studio: internal error: " + e);
                return USAGE;
            });
            int code = cmd.execute(args);
            return code == 0 || code == 1 ? code : USAGE;
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("studio: internal error: " + e);
            return USAGE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
