package org.studiokit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.studiokit.examples.runner.ExportDirectory;
import org.studiokit.examples.runner.ResultDocument;
import org.studiokit.examples.runner.ScriptExecution;
import org.studiokit.examples.runner.Spool;
import org.studiokit.examples.script.ScriptSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio run SCRIPT.json [--out DIR]}: runs a scenario script and prints one JSON document (SPEC §13). The
 * script is read step by step and each step's result is written out as it finishes, so memory does not grow with the
 * script's length.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario script on a fresh studio and prints one JSON document of results.",
            "Exit 0 when every step met its expectation, 1 when one did not, 2 when the script is malformed,"
                + " 3 on an internal failure (including output that could not be written)."},
        exitCodeList = {"1:a step did not meet its expectation (the document says which)",
            "2:bad usage, or the script is malformed: one line naming the step, the op and the field"},
        footer = {"", "Example:", "  studio run scenarios/deposits.json --out results",
            "  studio run books.json --db jdbc:h2:file:./studio-data/studio --keep"})
public final class RunCommand implements Callable<Integer> {
    private final PrintStream stdout;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Parameters(index = "0", paramLabel = "SCRIPT.json", description = "The scenario script.")
    private Path script;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the result to DIR/result.json, and export files to DIR.")
    private Path out;

    /** @param stdout where the result document goes (its write errors are checked) */
    public RunCommand(PrintStream stdout) {
        this.stdout = Objects.requireNonNull(stdout, "stdout");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScriptSource source = ScriptSource.of(script);
        try (InputStream readable = source.open()) {
            readable.read();
        } catch (IOException | RuntimeException e) {
            err.println("studio run: cannot read " + script + ": " + cause(e));
            return ScriptExecution.MALFORMED;
        }
        OutputDirectory dir = OutputDirectory.open(out, err);
        if (dir == null) {
            return ScriptExecution.MALFORMED;
        }
        try (Spool spool = Spool.tempFile()) {
            ScriptExecution.Ending ending = ExportDirectory.during(out,
                    () -> ScriptExecution.run(source, store.workspaces(), spool));
            if (ending.exitCode() == ScriptExecution.MALFORMED) {
                err.println("studio run: " + ending.message());
                return ending.exitCode();
            }
            if (!print(ending.ok(), spool, err)
                    || !dir.write("result.json", o -> ResultDocument.copy(ending.ok(), spool, o))) {
                return ScriptExecution.INTERNAL;
            }
            if (ending.message() != null) {
                err.println("studio run: " + ending.message());
            }
            return ending.exitCode();
        }
    }

    private boolean print(boolean ok, Spool spool, PrintWriter err) {
        try {
            ResultDocument.copy(ok, spool, stdout);
        } catch (IOException e) {
            err.println("studio run: cannot write the output: " + cause(e));
            return false;
        }
        if (stdout.checkError()) {
            err.println("studio run: cannot write the output (is the disk full or the reader gone?)");
            return false;
        }
        return true;
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

}
