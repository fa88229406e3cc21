package org.studiokit.examples;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.studiokit.examples.cli.Progress;
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
        description = {"The StudioKit command line: scenario scripts and the demo, and the studio's books on a"
            + " database for people (report, post, export, unlock, close-period, scan, label)."},
        footer = {"", "Example:", "  studio demo", "  studio report trial-balance --db jdbc:h2:file:./studio-data/studio"})
public final class StudioCommand implements Callable<Integer> {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, DemoCommand.class,
            ReportCommand.class, PostCommand.class, ExportCommand.class, UnlockCommand.class, ClosePeriodCommand.class,
            ScanCommand.class, LabelCommand.class, PrintCommand.class, CommandLine.HelpCommand.class);

    /** The exit code of a wrong command line or a malformed script. */
    static final int USAGE = 2;
    /** The exit code of an internal failure: a defect, memory running out, output that could not be written. */
    static final int INTERNAL = 3;
    /** The exit code of {@code studio scan} ended by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // The command line logs nothing through SLF4J: without this, its API warns on every start that no logging
        // backend is on the class path (an application may add one; the property then changes nothing it logs).
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
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
            CommandLine cmd = commandLine(out, stdout, stderr, args.length > 0 ? args[0] : null);
            int code = cmd.execute(args);
            return code >= 0 && code <= INTERNAL || code == INTERRUPTED ? code : USAGE;
        } catch (RuntimeException | Error e) {
            stderr.println(internalError(e));
            return INTERNAL;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /**
     * Makes the command line with every subcommand, the way {@link #run} runs it: each command's help ends with the
     * exit codes (those every command shares, {@code HelpText.EXIT_CODES}, plus or replaced by the command's own
     * {@code exitCodeList}) and its own {@code Example:} footer.
     *
     * @param out    the raw standard output ({@code run} streams its document to it)
     * @param stdout standard output as text
     * @param stderr standard error as text
     * @return the command line, not yet run
     */
    public static CommandLine commandLine(PrintStream out, PrintWriter stdout, PrintWriter stderr) {
        return commandLine(out, stdout, stderr, null);
    }

    /**
     * The command line with only the subcommand the first argument names, when it names one other than
     * {@code help}: reading a command's annotations is most of a start, and no other subcommand can take part in
     * that command's parsing, help or messages. Otherwise (no argument, an option, a mistyped name, {@code help})
     * with every subcommand.
     */
    private static CommandLine commandLine(PrintStream out, PrintWriter stdout, PrintWriter stderr, String first) {
        CommandLine cmd = new CommandLine(new StudioCommand(), new Factory(out, stderr));
        boolean one = !"help".equals(first) && SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (!one || nameOf(subcommand).equals(first)) {
                cmd.addSubcommand(subcommand);
            }
        }
        cmd.setOut(stdout);
        cmd.setErr(stderr);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(internalError(e));
            return INTERNAL;
        });
        CommandLine help = cmd.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec().usageMessage().footer("", "Example:", "  studio help report");
        }
        HelpText.apply(cmd.getCommandSpec());
        return cmd;
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
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
        private final PrintWriter err;

        Factory(PrintStream out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == RunCommand.class) {
                return type.cast(new RunCommand(out));
            }
            if (type == PostCommand.class) {
                return type.cast(new PostCommand(this::progress));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(this::progress));
            }
            if (type == PrintCommand.class) {
                return type.cast(new PrintCommand(out));
            }
            if (type == ScanCommand.class) {
                return type.cast(new ScanCommand(System.in));
            }
            return CommandLine.defaultFactory().create(type);
        }

        private LongConsumer progress(String phase, long total, boolean forced) {
            return Progress.start(phase, total, err, forced);
        }
    }
}
