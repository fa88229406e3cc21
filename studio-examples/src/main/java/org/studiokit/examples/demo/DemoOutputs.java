package org.studiokit.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.label.LabelRenderer;
import org.studiokit.barcode.label.LabelSpec;
import org.studiokit.barcode.RecordType;
import org.studiokit.barcode.label.Symbology;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.ExportResult;
import org.studiokit.export.Exports;
import org.studiokit.examples.print.Printouts;

/**
 * What the demo leaves on disk besides its text: every posting batch of March in every installed export format
 * ({@code exports/batch-N.FORMAT.EXT}, each export logged as the studio's bookkeeper would; the batches of the
 * {@code --scale} history stay in the books for {@code studio export}, unexported), and a Code 128 label, PNG
 * and SVG, for each client, invoice and production order of the March story ({@code labels/}), and PDF printouts of
 * the story's invoices, work orders and three clients' statements as of March 31 ({@code printouts/}).
 */
final class DemoOutputs {
    private final DemoStudio s;
    private final DemoRecords r;
    private final long firstOfMarch;

    /**
     * @param s            the demo's studio
     * @param r            the records of the March story
     * @param firstOfMarch the number of March's first batch: the batches before it (the history's) are not exported
     */
    DemoOutputs(DemoStudio s, DemoRecords r, long firstOfMarch) {
        this.s = s;
        this.r = r;
        this.firstOfMarch = firstOfMarch;
    }

    /**
     * Writes the files under a directory.
     *
     * @param dir the demo's output directory
     * @return one line per kind of file written, saying how many and where
     * @throws UncheckedIOException when a file cannot be written
     */
    List<String> write(Path dir) {
        try {
            List<String> said = new ArrayList<>();
            said.add(exports(dir.resolve("exports")));
            said.add(labels(dir.resolve("labels")));
            said.add(printouts(dir.resolve("printouts")));
            return said;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String exports(Path dir) throws IOException {
        Files.createDirectories(dir);
        Exports exports = Exports.of(s.books, ExportOptions.defaults());
        Set<String> formats = new TreeSet<>(exports.formats());
        long last = s.books.journal().batchCount();
        int files = 0;
        for (long batch = firstOfMarch; batch <= last; batch++) {
            for (String format : formats) {
                ExportResult result = exports.export(s.owner, format, batch, false);
                Files.write(dir.resolve(result.file()), result.bytes());
                files++;
            }
        }
        long march = Math.max(0, last - firstOfMarch + 1);
        String history = firstOfMarch > 1 ? "; the " + Words.count(firstOfMarch - 1, "batch") + " of history "
                + (firstOfMarch == 2 ? "is" : "are") + " left for `studio export --batch N`" : "";
        return Words.count(files, "export") + " (" + Words.count(march, "batch") + (firstOfMarch > 1 ? " of March"
                : "") + " in " + formats.size() + " formats: " + String.join(", ", formats) + ") in " + dir + history;
    }

    private String printouts(Path dir) throws IOException {
        Files.createDirectories(dir);
        Printouts print = new Printouts(s.studio, s.books.reports(), Printouts.STUDIO_BARCODES,
                "Lakeside Portrait Studio");
        int files = 0;
        for (long doc : r.invoices()) {
            long number = s.studio.invoices().get(doc).number();
            Files.write(dir.resolve("invoice-" + number + ".pdf"), print.invoice(number));
            files++;
        }
        for (long order : r.orders()) {
            long number = s.studio.production().get(order).number();
            Files.write(dir.resolve("work-order-" + number + ".pdf"), print.workOrder(number));
            files++;
        }
        for (long client : new long[] {r.jane, r.tom, r.brown}) {
            long number = s.studio.clients().get(client).number();
            Files.write(dir.resolve("statement-" + number + ".pdf"), print.statement(number, DemoStudio.march(31)));
            files++;
        }
        return Words.count(files, "printout") + " (PDF invoices, work orders and statements) in " + dir;
    }

    private String labels(Path dir) throws IOException {
        Files.createDirectories(dir);
        LabelRenderer renderer = new LabelRenderer();
        LabelSpec spec = LabelSpec.defaults().withSymbology(Symbology.CODE_128);
        Set<BarcodePayload> payloads = new LinkedHashSet<>();
        for (long client : r.clients()) {
            payloads.add(BarcodePayload.of(RecordType.CLIENT, s.studio.clients().get(client).number()));
        }
        for (long doc : r.invoices()) {
            payloads.add(BarcodePayload.of(RecordType.INVOICE, s.studio.invoices().get(doc).number()));
        }
        for (long order : r.orders()) {
            payloads.add(BarcodePayload.of(RecordType.PRODUCTION_ORDER, s.studio.production().get(order).number()));
        }
        for (BarcodePayload p : payloads) {
            Files.write(dir.resolve(p.encode() + ".png"), renderer.png(p, spec));
            Files.write(dir.resolve(p.encode() + ".svg"), renderer.svg(p, spec).getBytes(StandardCharsets.UTF_8));
        }
        return Words.count(payloads.size() * 2, "label") + " (PNG and SVG of " + payloads.size()
                + " clients, invoices and production orders) in " + dir;
    }
}
