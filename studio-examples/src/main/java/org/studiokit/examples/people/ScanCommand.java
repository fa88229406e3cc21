package org.studiokit.examples.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.BatchSummary;
import org.studiokit.barcode.batch.ScanResult;
import org.studiokit.barcode.batch.StatusBatch;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio scan --stdin --mode advance|set [--status S]}: the batch production status update (SCN-4) from codes
 * typed or piped one per line (a keyboard-wedge scanner types them the same way). Each scan's result is printed as
 * it happens, the summary at the end of input.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Moves production orders by scanned P<number> codes (SCN-4), one code per line on standard"
                + " input, until its end (Ctrl-D on a terminal). Each scan is applied on its own; an error never"
                + " stops the batch."},
        footer = {"", "Example:", "  printf 'P700\\nP701\\n' | studio scan --stdin --mode advance",
            "  studio scan --stdin --mode set --status Delivered --as clerk"})
public final class ScanCommand extends BooksCommand {
    private final InputStream in;

    @Option(names = "--stdin", required = true, description = "Read codes from standard input, one per line.")
    private boolean stdin;

    @Option(names = "--mode", required = true, paramLabel = "MODE", description = "advance or set.")
    private String mode;

    @Option(names = "--status", paramLabel = "STATUS", description = "The target status of --mode set.")
    private String status;

    /** @param in where codes come from */
    public ScanCommand(InputStream in) {
        this.in = in;
    }

    @Override
    void check() {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("advance") && !m.equals("set")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mode " + mode + ": advance or set");
        }
        if (m.equals("set") != (status != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.equals("set")
                    ? "--mode set needs --status" : "--status goes with --mode set only");
        }
    }

    @Override
    int run(Workspace books, Actor actor) {
        BatchMode batchMode = status == null ? BatchMode.ADVANCE : BatchMode.set(status);
        StatusBatch batch = new BatchStatusUpdate(books.studio().production()).begin(actor, batchMode);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Optional<ScanResult> result = batch.apply(line);
                result.ifPresent(s -> {
                    out().println(line(s));
                    out().flush();
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BatchSummary summary = batch.summary();
        out().println("Summary: " + summary.results().size() + " scans, " + summary.updated() + " updated, "
                + summary.errors() + " errors" + (summary.errors() == 0 ? "" : " " + summary.errorsByCode()));
        out().flush();
        return OK;
    }

    private static String line(ScanResult s) {
        return s.ok() ? s.code().strip() + ": " + s.from() + " -> " + s.to()
                : s.code().strip() + ": " + s.error() + ": " + s.message();
    }
}
