package org.studiokit.examples.people;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.print.Printouts;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code studio print invoice|work-order|statement NUMBER}: a PDF printout of an invoice, a production order or a
 * client's statement, written to a file ({@code invoice-1042.pdf} by default) or to standard output.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Writes a PDF printout: an invoice (lines, discounts, taxes per rate, payments, balance due),"
                + " a work order (the production order, its invoice, items and status history) or a client's"
                + " statement (open documents, aging, total due).",
            "NUMBER is the record's number, with or without its barcode letter: 1042 or I1042 for an invoice, 700"
                + " or P700 for a production order, 101 or C101 for a client.",
            "Invoices and production orders carry their Code 128 barcode unless --no-barcode."},
        footer = {"", "Example:", "  studio print invoice 1042 --db jdbc:h2:file:./studio-data/studio",
            "  studio print work-order P700 --out order.pdf",
            "  studio print statement C101 --as-of 2026-03-31 --out - > statement.pdf"})
public final class PrintCommand extends BooksCommand {

    private static final Map<String, Character> LETTERS = Map.of("invoice", 'I', "work-order", 'P',
            "statement", 'C');

    private final PrintStream stdout;

    @Parameters(index = "0", paramLabel = "KIND", description = "invoice, work-order or statement.")
    private String kind;

    @Parameters(index = "1", paramLabel = "NUMBER", description = "The invoice, production order or client number.")
    private String number;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the PDF; - writes it to standard"
            + " output. Default: KIND-NUMBER.pdf in the current directory.")
    private String out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "A statement's date (YYYY-MM-DD). Default: today.")
    private LocalDate asOf;

    @Option(names = "--no-barcode", description = "Print no barcode, whatever the studio's options say.")
    private boolean noBarcode;

    @Option(names = "--studio-name", paramLabel = "NAME", defaultValue = "Photo Studio",
            description = "The studio name at the top of the printout. Default: ${DEFAULT-VALUE}.")
    private String studioName;

    /** Writes {@code --out -} to the process's standard output. */
    public PrintCommand() {
        this(System.out);
    }

    /** @param stdout where {@code --out -} writes the PDF's bytes */
    public PrintCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    void check() {
        if (!LETTERS.containsKey(kind)) {
            throw usage("no printout " + kind + "; printouts: invoice, work-order, statement");
        }
        if (asOf != null && !"statement".equals(kind)) {
            throw usage("--as-of is for statements, not for print " + kind);
        }
        parsedNumber();
    }

    @Override
    int run(Workspace books, Actor actor) {
        Printouts printouts = new Printouts(books.studio(), books.books().reports(),
                noBarcode ? BarcodeOptions.none() : Printouts.STUDIO_BARCODES, studioName);
        long n = parsedNumber();
        byte[] pdf = switch (kind) {
            case "invoice" -> printouts.invoice(n);
            case "work-order" -> printouts.workOrder(n);
            default -> printouts.statement(n, asOf == null ? LocalDate.now() : asOf);
        };
        if ("-".equals(out)) {
            stdout.write(pdf, 0, pdf.length);
            stdout.flush();
            return OK;
        }
        String file = out == null ? kind + "-" + n + ".pdf" : out;
        try {
            Files.write(Path.of(file), pdf);
        } catch (IOException | InvalidPathException e) {
            err().println("studio print: cannot write " + file + ": " + e.getMessage());
            return USAGE;
        }
        out().println("Wrote " + file);
        out().flush();
        return OK;
    }

    /** @return the number, with the kind's barcode letter allowed in front (a usage error otherwise) */
    private long parsedNumber() {
        String t = number.strip().toUpperCase(Locale.ROOT);
        char letter = LETTERS.get(kind);
        if (!t.isEmpty() && t.charAt(0) == letter) {
            t = t.substring(1);
        }
        if (!t.matches("[0-9]{1,18}") || Long.parseLong(t) == 0) {
            throw usage("print " + kind + " " + number + ": write the number, e.g. 1042 or " + letter + "1042");
        }
        return Long.parseLong(t);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
