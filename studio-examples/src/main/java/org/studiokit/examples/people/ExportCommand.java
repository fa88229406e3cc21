package org.studiokit.examples.people;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.ExportResult;
import org.studiokit.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studio export --batch N --format F [--out DIR] [--reexport]}: a batch for an accounting package (§9). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a posting batch in an accounting package's import format as DIR/batch-N.FORMAT.EXT.",
            "Formats: iif, iif-summary, qbo, sage50, myob, xero, ledger, beancount, csv, and account-totals (the"
                + " embedding example of a custom format). Every export is logged;"
                + " exporting a batch again in a format needs --reexport (and the REEXPORT permission) and warns"
                + " that the earlier import must be deleted first (EXP-4)."},
        footer = {"", "Example:", "  studio export --batch 1 --format iif --out exports",
            "  studio export --batch 1 --format iif --out exports --reexport --as owner",
            "  studio export --batch 1 --format csv --out exports --progress"})
public final class ExportCommand extends BooksCommand {
    /** The bytes written between two progress updates. */
    private static final int CHUNK = 64 * 1024;

    @Option(names = "--batch", required = true, paramLabel = "N", description = "The posting batch number.")
    private long batch;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format id.")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write the file."
            + " Default: the current directory.")
    private Path out;

    @Option(names = "--reexport", description = "Export a batch again in a format it was already exported in.")
    private boolean reexport;

    @Option(names = "--progress", description = "Show the progress line on standard error even when it is not a"
            + " terminal (on a terminal it is always shown).")
    private boolean forceProgress;

    private final ProgressLines progress;

    /** A command without a progress line. */
    public ExportCommand() {
        this(ProgressLines.NONE);
    }

    /** @param progress shows the progress of each phase (export, writing the file) */
    public ExportCommand(ProgressLines progress) {
        this.progress = progress;
    }

    @Override
    int run(Workspace books, Actor actor) {
        Exports exports = Exports.of(books.books(), ExportOptions.defaults());
        LongConsumer exporting = progress.start("export of batch " + batch + " as " + format, 1, forceProgress);
        ExportResult r = exports.export(actor, format, batch, reexport);
        exporting.accept(1);
        Path file = out.resolve(r.file());
        try {
            Files.createDirectories(out);
            write(file, r.bytes(), progress.start("writing " + file.getFileName() + " (bytes)", r.bytes().length,
                    forceProgress));
        } catch (IOException e) {
            err().println("studio export: cannot write " + file + ": " + e.getMessage());
            return USAGE;
        }
        r.warning().ifPresent(w -> err().println("studio export: warning: " + w));
        out().println("Wrote " + file + ": " + r.transactions() + " transactions, sha256 " + r.sha256());
        out().flush();
        return OK;
    }

    /** Writes the file in chunks, telling the progress line how many bytes are written. */
    private static void write(Path file, byte[] bytes, LongConsumer written) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            for (int at = 0; at < bytes.length; at += CHUNK) {
                int n = Math.min(CHUNK, bytes.length - at);
                o.write(bytes, at, n);
                written.accept(at + (long) n);
            }
        }
        written.accept(Math.max(1, bytes.length));
    }
}
