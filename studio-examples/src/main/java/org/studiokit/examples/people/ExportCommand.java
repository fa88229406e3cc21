package org.studiokit.examples.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "Formats: iif, iif-summary, qbo, sage50, myob, xero, ledger, beancount, csv. Every export is logged;"
                + " exporting a batch again in a format needs --reexport (and the REEXPORT permission) and warns"
                + " that the earlier import must be deleted first (EXP-4)."},
        footer = {"", "Example:", "  studio export --batch 1 --format iif --out exports",
            "  studio export --batch 1 --format iif --out exports --reexport --as owner"})
public final class ExportCommand extends BooksCommand {
    @Option(names = "--batch", required = true, paramLabel = "N", description = "The posting batch number.")
    private long batch;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format id.")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write the file."
            + " Default: the current directory.")
    private Path out;

    @Option(names = "--reexport", description = "Export a batch again in a format it was already exported in.")
    private boolean reexport;

    @Override
    int run(Workspace books, Actor actor) {
        Exports exports = Exports.of(books.books(), ExportOptions.defaults());
        ExportResult r = exports.export(actor, format, batch, reexport);
        Path file = out.resolve(r.file());
        try {
            Files.createDirectories(out);
            Files.write(file, r.bytes());
        } catch (IOException e) {
            err().println("studio export: cannot write " + file + ": " + e.getMessage());
            return USAGE;
        }
        r.warning().ifPresent(w -> err().println("studio export: warning: " + w));
        out().println("Wrote " + file + ": " + r.transactions() + " transactions, sha256 " + r.sha256());
        out().flush();
        return OK;
    }
}
