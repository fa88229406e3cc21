package org.studiokit.examples;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.studiokit.examples.cli.DemoCommand;
import org.studiokit.examples.cli.RunCommand;
import org.studiokit.examples.people.ClosePeriodCommand;
import org.studiokit.examples.people.ExportCommand;
import org.studiokit.examples.people.LabelCommand;
import org.studiokit.examples.people.PostCommand;
import org.studiokit.examples.people.PrintCommand;
import org.studiokit.examples.people.ReportCommand;
import org.studiokit.examples.people.ScanCommand;
import org.studiokit.examples.people.UnlockCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code studio}: the StudioKit command line. {@code studio run SCRIPT.json} runs a scenario script,
 * {@code studio demo} runs a studio's month and prints every report. Exit codes are 0, 1, 2 and 3 (an internal
 * failure: one line on standard error, never a stack trace).
 */
@Command(name = "studio", mixinStandardHelpOptions = true, version = "studio 0.1.0",
        description = "The StudioKit command line: scenario scripts and the demo, on the in-memory store.",
        subcommands = {RunCommand.class, DemoCommand.class, ReportCommand.class, PostCommand.class,
            ExportCommand.class, UnlockCommand.class, ClosePeriodCommand.class,
            ScanCommand.class, LabelCommand.class, PrintCommand.class,
            CommandLine.HelpCommand.class})
public final class StudioCommand implements Callable<Integer> {
    /** The exit code of a wrong command line or a malformed script. */
    static final int USAGE = 2;
    /** The exit code of an internal failure: a defect, memory running out, output that could not be written. */
    static final int INTERNAL = 3;

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
     * @return the exit code: 0, 1, 2 or 3
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cmd = new CommandLine(new StudioCommand(), new Factory(out));
            cmd.setOut(stdout);
            cmd.setErr(stderr);
            cmd.setExecutionExceptionHandler((e, line, parsed) -> {
                line.getErr().println(internalError(e));
                return INTERNAL;
            });
            int code = cmd.execute(args);
            return code >= 0 && code <= INTERNAL ? code : USAGE;
        } catch (RuntimeException | Error e) {
            stderr.println(internalError(e));
            return INTERNAL;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** @return one line saying what failed inside */
    static String internalError(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "studio: internal error: out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g."
                    + " java -Xmx1g -jar studio.jar";
        }
        if (e instanceof StackOverflowError) {
            return "studio: internal error: the stack overflowed; give Java more with -Xss, e.g. java -Xss8m";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "studio: internal error: " + e.getClass().getSimpleName() + message;
    }

    /** Makes the subcommands; {@code run} writes its document straight to the output stream. */
    private static final class Factory implements CommandLine.IFactory {
        private final PrintStream out;

        Factory(PrintStream out) {
            this.out = out;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == RunCommand.class) {
                return type.cast(new RunCommand(out));
            }
            if (type == PrintCommand.class) {
                return type.cast(new PrintCommand(out));
            }
            if (type == ScanCommand.class) {
                return type.cast(new ScanCommand(System.in));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
