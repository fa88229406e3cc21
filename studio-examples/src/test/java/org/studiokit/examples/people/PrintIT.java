package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.decode.BarcodeDecoder;

/** {@code studio print} through {@code java -jar studio.jar} on an H2 file filled by {@code studio run --keep}. */
class PrintIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 print: invoice, work order and statement PDFs from the jar, to a file or standard output;"
            + " bad usage exits 2, unknown and void records exit 1 with NOT_FOUND and no stack trace")
    void prints_through_the_jar() throws Exception {
        String url = Jar.h2(dir);
        Path script = dir.resolve("books.json");
        try (var in = PrintIT.class.getResourceAsStream("/print/books.json")) {
            Files.write(script, in.readAllBytes());
        }
        Jar filled = Jar.run(dir, "run", script.toString(), "--db", url, "--keep");
        assertThat(filled.exit()).as(filled.toString()).isZero();

        Jar invoice = Jar.run(dir, "print", "invoice", "1042", "--db", url, "--studio-name", "Lumen Portraits");
        assertThat(invoice.exit()).as(invoice.toString()).isZero();
        assertThat(invoice.stdout()).contains("Wrote invoice-1042.pdf");
        byte[] pdf = Files.readAllBytes(dir.resolve("invoice-1042.pdf"));
        assertThat(text(pdf)).contains("Lumen Portraits").contains("Invoice 1042").contains("Balance due");
        assertThat(new BarcodeDecoder().decode(new PDFRenderer(load(pdf)).renderImageWithDPI(0, 300,
                ImageType.GRAY))).isEqualTo("I1042");

        Jar order = Jar.run(dir, "print", "work-order", "P700", "--out", "order.pdf", "--db", url);
        assertThat(order.exit()).as(order.toString()).isZero();
        byte[] orderPdf = Files.readAllBytes(dir.resolve("order.pdf"));
        assertThat(text(orderPdf)).contains("Work order 700").contains("Status history");
        assertThat(new BarcodeDecoder().decode(new PDFRenderer(load(orderPdf)).renderImageWithDPI(0, 300,
                ImageType.GRAY))).isEqualTo("P700");
        Jar plain = Jar.run(dir, "print", "invoice", "I1042", "--no-barcode", "--out", "plain.pdf", "--db", url);
        assertThat(plain.exit()).as(plain.toString()).isZero();

        byte[] statement = stdoutBytes("print", "statement", "C100", "--as-of", "2026-03-31", "--out", "-",
                "--db", url);
        assertThat(new String(statement, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(statement)).contains("Statement for Jane Doe (client 100)").contains("As of 2026-03-31")
                .contains("Total due");

        for (String[] refused : new String[][] {{"invoice", "9999"}, {"invoice", "1045"}}) {
            Jar r = Jar.run(dir, "print", refused[0], refused[1], "--db", url);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.stderr()).contains("studio print: refused: NOT_FOUND").contains(refused[1])
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(Files.exists(dir.resolve(refused[0] + "-" + refused[1] + ".pdf"))).isFalse();
        }
        for (String[] usage : new String[][] {{"receipt", "1042"}, {"invoice", "P700"}}) {
            List<String> args = new ArrayList<>(List.of("print"));
            args.addAll(List.of(usage));
            args.addAll(List.of("--db", url));
            Jar r = Jar.run(dir, args.toArray(String[]::new));
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.stderr()).doesNotContain("\tat ");
        }
        Jar help = Jar.run(dir, "print", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("Example:").contains("studio print invoice 1042");
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = load(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Runs the jar and returns the raw bytes it wrote on standard output (exit 0 asserted). */
    private byte[] stdoutBytes(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Jar.JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.bin");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return Files.readAllBytes(out);
    }
}
