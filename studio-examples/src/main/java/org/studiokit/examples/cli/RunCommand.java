package org.studiokit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studiokit.examples.runner.ExportDirectory;
import org.studiokit.examples.runner.ScriptExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code studio run SCRIPT.json [--out DIR]}: runs a scenario script and prints one JSON document (SPEC §13). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario script on a fresh studio and prints one JSON document of results.",
            "Exit 0 when every step met its expectation, 1 when one did not, 2 when the script is malformed."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Parameters(index = "0", paramLabel = "SCRIPT.json", description = "The scenario script.")
    private Path script;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the result to DIR/result.json, and export files to DIR.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException | RuntimeException e) {
            err.println("studio run: cannot read " + script + ": " + e.getMessage());
            return ScriptExecution.MALFORMED;
        }
        OutputDirectory dir = OutputDirectory.open(out, err);
        if (dir == null) {
            return ScriptExecution.MALFORMED;
        }
        ScriptExecution.Outcome outcome = ExportDirectory.during(out, () -> ScriptExecution.execute(bytes,
                store.workspaces()));
        if (outcome.message() != null) {
            err.println("studio run: " + outcome.message());
            return outcome.exitCode();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(outcome.json());
        stdout.flush();
        if (!dir.write("result.json", outcome.json().getBytes(StandardCharsets.UTF_8))) {
            return ScriptExecution.MALFORMED;
        }
        return outcome.exitCode();
    }
}
