package org.studiokit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.studiokit.core.StudioException;
import org.studiokit.examples.demo.StudioDemo;
import org.studiokit.examples.runner.DatabaseWorkspaces;
import org.studiokit.examples.runner.InMemoryWorkspaces;
import org.studiokit.examples.runner.WorkspaceFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code studio demo [--out DIR] [--db URL|mem] [--keep] [--scale N]}: a portrait studio's March with narration and
 * every report as a table, on an embedded H2 file database under {@code DIR/db} by default; March's batches are
 * exported in every format and the story's records labelled and printed under {@code DIR}. Each run starts from a fresh studio unless
 * {@code --keep}. Exit 0 when the demo's books check out, 1 otherwise, 2 when {@code DIR} cannot be written.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a portrait studio's month on a fresh studio, prints every report as a table, and writes"
                + " every posting batch of March in every export format, the story's barcode labels and PDF"
                + " printouts under --out.",
            "The books stay in an embedded H2 database under DIR/db (see them with `studio report ... --db URL`)."},
        exitCodeList = {"1:refused (PERIOD_CLOSED: --keep on books that already hold the demo's closed March), or the"
                + " demo's books did not check out (trial balance, reconciliation, audit chain)",
            "2:bad usage, or --out cannot be written"},
        footer = {"", "Example:", "  studio demo",
            "  studio demo --out /tmp/demo --scale 100000",
            "  studio demo --db jdbc:postgresql://127.0.0.1:5432/test?user=postgres"})
public final class DemoCommand implements Callable<Integer> {
    /** The demo's output directory when {@code --out} is not given. */
    public static final String DEFAULT_OUT = "studio-demo-out";
    /** The {@code --db} value that keeps the books in memory. */
    public static final String IN_MEMORY = "mem";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "Where demo.txt, exports/, labels/ and (by default) the database go. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of an H2, PostgreSQL or MariaDB database"
            + " (credentials as URL parameters), or `mem` for the in-memory store. Default: an H2 file under DIR/db.")
    private String db;

    @Option(names = "--keep", description = "Go on with the studio stored in the database instead of starting empty.")
    private boolean keep;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "0",
            description = "First record N invoices of history (March 2025 to February 2026) and post them month by"
                    + " month (one batch per month with records: 12 unless N is tiny), with a progress line. The reports then cover the whole books; only"
                    + " March's batches are exported (export the history's with `studio export --batch N`)."
                    + " Default: ${DEFAULT-VALUE}.")
    private int scale;

    @Option(names = "--progress", description = "Show the progress lines of --scale (history, reports) on standard"
            + " error even when it is not a terminal (they are quiet then by default).")
    private boolean forceProgress;

    @Override
    public Integer call() {
        if (scale < 0 || scale > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be 0 to 10000000, not "
                    + scale);
        }
        PrintWriter err = spec.commandLine().getErr();
        OutputDirectory dir = OutputDirectory.open(out, err);
        if (dir == null) {
            return 2;
        }
        String url = url();
        if (keep && url == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep needs a database, not --db mem");
        }
        WorkspaceFactory workspaces = url == null ? new InMemoryWorkspaces() : new DatabaseWorkspaces(url, keep);
        StringWriter text = new StringWriter();
        StudioDemo.Outcome outcome;
        try {
            outcome = new StudioDemo(workspaces).withHistory(scale, progress(err)).tell(new PrintWriter(text));
        } catch (StudioException e) {
            err.println("studio demo: refused: " + e.code() + ": " + e.getMessage());
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        stdout.flush();
        if (!dir.write("demo.txt", text.toString().getBytes(StandardCharsets.UTF_8))) {
            return 2;
        }
        List<String> files;
        try {
            files = outcome.writeFiles(out);
        } catch (UncheckedIOException e) {
            err.println("studio demo: cannot write under " + out + ": " + e.getCause().getMessage());
            return 2;
        }
        stdout.println();
        stdout.println("Files");
        stdout.println("=====");
        stdout.println("The story: " + out.resolve("demo.txt"));
        files.forEach(line -> stdout.println(Character.toUpperCase(line.charAt(0)) + line.substring(1)));
        stdout.println(url == null ? "The books were in memory and are gone." : "The books: " + url
                + " (for example: studio report trial-balance --db '" + url + "')");
        stdout.flush();
        return outcome.ok() ? 0 : 1;
    }

    /** @return the database's URL, or null for the in-memory store */
    private String url() {
        if (IN_MEMORY.equals(db)) {
            return null;
        }
        return db != null ? db : "jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve("db").resolve("studio");
    }

    /** @return where the progress of long phases goes: a line on standard error when it is a terminal or --progress */
    private StudioDemo.ProgressLines progress(PrintWriter err) {
        return (phase, total) -> Progress.start(phase, total, err, forceProgress);
    }
}
