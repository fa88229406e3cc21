package org.studiokit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studiokit.examples.demo.StudioDemo;
import org.studiokit.examples.runner.WorkspaceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code studio demo [--out DIR]}: a portrait studio's March with narration and every report as a table. Each run
 * starts from a fresh studio. Exit 0 when the demo's books check out, 1 otherwise.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a portrait studio's month on a fresh studio and prints every report as a table.",
        exitCodeList = {"1:the demo's books did not check out (trial balance, reconciliation, audit chain)"},
        footer = {"", "Example:", "  studio demo --out studio-demo-out"})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the demo's output to DIR/demo.txt.")
    private Path out;

    @Override
    public Integer call() {
        WorkspaceFactory workspaces = store.workspaces();
        OutputDirectory dir = OutputDirectory.open(out, spec.commandLine().getErr());
        if (dir == null) {
            return 2;
        }
        StringWriter text = new StringWriter();
        boolean ok = new StudioDemo(workspaces).run(new PrintWriter(text));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        stdout.flush();
        if (!dir.write("demo.txt", text.toString().getBytes(StandardCharsets.UTF_8))) {
            return 2;
        }
        return ok ? 0 : 1;
    }
}
