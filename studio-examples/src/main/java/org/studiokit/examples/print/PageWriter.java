package org.studiokit.examples.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a printout top to bottom on US Letter pages: headings, text lines, table rows in fixed columns (amounts
 * right-aligned, too-long cells cut with an ellipsis) and images. A new page starts when the current one is full.
 * Text goes through {@link PdfText}, so no character can make the standard fonts fail.
 */
final class PageWriter {
    /** Left, right, top and bottom margin in points. */
    static final float MARGIN = 50;
    /** The printable width in points. */
    static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    /**
     * A table column.
     *
     * @param x     its left edge from the left margin, in points
     * @param width its width in points
     * @param right whether its cells are right-aligned (amounts)
     */
    record Column(float x, float width, boolean right) {
    }

    private final PDDocument doc = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PageWriter() {
        newPage();
    }

    /** A large bold heading. */
    void title(String text) {
        space(24);
        write(bold, 16, MARGIN, text);
        y -= 8;
    }

    /** A bold section heading after a gap. */
    void heading(String text) {
        y -= 8;
        space(LEADING);
        write(bold, 11, MARGIN, text);
    }

    /** A line of text. */
    void text(String text) {
        space(LEADING);
        write(regular, SIZE, MARGIN, text);
    }

    /** A table row in regular or bold type. */
    void row(Column[] columns, boolean strong, String... cells) {
        space(LEADING);
        PDFont font = strong ? bold : regular;
        for (int i = 0; i < columns.length && i < cells.length; i++) {
            Column c = columns[i];
            String s = fit(font, SIZE, PdfText.printable(font, cells[i]), c.width());
            float w = PdfText.width(font, SIZE, s);
            drawRaw(font, SIZE, MARGIN + c.x() + (c.right() ? c.width() - w : 0), s);
        }
    }

    /** An image of a given size in points, at the left margin. */
    void image(BufferedImage image, float width, float height) {
        y -= 6;
        space(height);
        try {
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            content.drawImage(x, MARGIN, y - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** @return the finished PDF */
    byte[] finish() {
        try (doc) {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDFont font, float size, float x, String text) {
        drawRaw(font, size, x, fit(font, size, PdfText.printable(font, text), WIDTH));
    }

    private void drawRaw(PDFont font, float size, float x, String printable) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves down by a line's height, first starting a new page when it would not fit. */
    private void space(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
    }

    private static String fit(PDFont font, float size, String s, float width) {
        if (PdfText.width(font, size, s) <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && PdfText.width(font, size, cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
