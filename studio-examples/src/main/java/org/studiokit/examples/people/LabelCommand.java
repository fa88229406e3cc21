package org.studiokit.examples.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.label.LabelRenderer;
import org.studiokit.barcode.label.LabelSpec;
import org.studiokit.barcode.label.Symbology;
import org.studiokit.core.Studio;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studio label RECORD…}: barcode labels (BAR-2) as PNG or SVG files named after their payloads. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Writes a barcode label per record (BAR-1 payloads: C client, I invoice, P production order,"
                + " S session), Code 128 by default or QR, PNG or SVG, the payload under the bars."},
        footer = {"", "Example:", "  studio label I1042 P700 C100 --out labels",
            "  studio label P700 --symbology qr --format svg --out labels"})
public final class LabelCommand extends BooksCommand {
    /** Image formats. */
    enum Format { png, svg }

    /** Symbologies. */
    enum Kind { code128, qr }

    @Parameters(arity = "1..*", paramLabel = "RECORD", description = "Payloads such as I1042, P700, C100.")
    private List<String> records;

    @Option(names = "--format", defaultValue = "png", description = "png or svg. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--symbology", defaultValue = "code128", description = "code128 or qr. Default:"
            + " ${DEFAULT-VALUE}.")
    private Kind symbology;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write the labels.")
    private Path out;

    @Override
    int run(Workspace books, Actor actor) {
        List<BarcodePayload> payloads = new ArrayList<>();
        for (String r : records) {
            BarcodePayload p = BarcodePayload.parse(r);
            requireExists(books.studio(), p);
            payloads.add(p);
        }
        LabelSpec spec = symbology == Kind.qr ? LabelSpec.qr() : LabelSpec.defaults()
                .withSymbology(Symbology.CODE_128);
        LabelRenderer renderer = new LabelRenderer();
        try {
            Files.createDirectories(out);
            for (BarcodePayload p : payloads) {
                Path file = out.resolve(p.encode() + "." + format);
                Files.write(file, format == Format.png ? renderer.png(p, spec)
                        : renderer.svg(p, spec).getBytes(StandardCharsets.UTF_8));
                out().println("Wrote " + file);
            }
        } catch (IOException e) {
            err().println("studio label: cannot write under " + out + ": " + e.getMessage());
            return USAGE;
        }
        out().flush();
        return OK;
    }

    /** A label names a record that exists ({@code NOT_FOUND} otherwise; sessions are not looked up by number). */
    private static void requireExists(Studio studio, BarcodePayload p) {
        switch (p.type()) {
            case CLIENT -> studio.clients().byNumber(p.number());
            case INVOICE -> studio.invoices().byNumber(p.number());
            case PRODUCTION_ORDER -> studio.production().byNumber(p.number());
            default -> {
                // a session's number is printed as it is
            }
        }
    }
}
