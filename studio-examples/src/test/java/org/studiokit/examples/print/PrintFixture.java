package org.studiokit.examples.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.studiokit.examples.runner.InMemoryWorkspaces;
import org.studiokit.examples.runner.ScriptExecution;
import org.studiokit.examples.runner.Workspace;

/** The printout tests' studio (resources/print/books.json, run on the in-memory store) and PDF readers. */
final class PrintFixture {
    private PrintFixture() {
    }

    /** @return the bytes of the test books' script */
    static byte[] script() {
        try (InputStream in = PrintFixture.class.getResourceAsStream("/print/books.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a fresh in-memory studio holding the test books */
    static Workspace books() {
        ScriptExecution.Outcome run = ScriptExecution.execute(script(), new InMemoryWorkspaces());
        assertThat(run.exitCode()).as(run.json() + run.message()).isZero();
        return run.workspace();
    }

    /** @return the text of every page, as PDFBox extracts it */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return page 1 rendered in grey at a resolution */
    static BufferedImage page1(byte[] pdf, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
