package org.studiokit.barcode.label;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;
import org.studiokit.barcode.BarcodePayload;

/**
 * Draws a payload as a label (BAR-2): Code 128 or QR, PNG or SVG, with the payload as text under the symbol.
 *
 * <p>The label is {@code widthMm × heightMm} at the spec's DPI, rounded to whole dots. The module (narrowest bar,
 * or QR cell) is the largest whole number of dots for which the symbol and its quiet zone fit; the symbol is
 * centred. A rendered image is never scaled, so every bar edge falls on a dot and scanners read the print.
 * A label too small for the payload is refused with {@code VALIDATION}, naming the width it needs.
 *
 * <p>Thread-safe and stateless.
 */
public final class LabelRenderer {

    /** Creates a renderer. */
    public LabelRenderer() {
        // stateless
    }

    /**
     * @return the label as PNG bytes (8-bit grey, DPI recorded in the file)
     * @throws org.studiokit.core.StudioException {@code VALIDATION} when the payload does not fit the label
     */
    public byte[] png(BarcodePayload payload, LabelSpec spec) {
        BufferedImage image = image(payload, spec);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return PngWriter.write(pixels, image.getWidth(), image.getHeight(), spec.dpi());
    }

    /**
     * @return the label as an image, one pixel per printer dot
     * @throws org.studiokit.core.StudioException {@code VALIDATION} when the payload does not fit the label
     */
    public BufferedImage image(BarcodePayload payload, LabelSpec spec) {
        String text = Objects.requireNonNull(payload, "payload").encode();
        BitMatrix symbol = SymbolEncoder.encode(text, Objects.requireNonNull(spec, "spec").symbology());
        LabelLayout layout = LabelLayout.of(symbol, spec, text.length());
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(Color.BLACK);
            DarkRuns.each(symbol, layout, g::fillRect);
            if (layout.fontSize() > 0) {
                drawText(g, text, layout);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @return the label as an SVG document: physical size in millimetres, one user unit per printer dot
     * @throws org.studiokit.core.StudioException {@code VALIDATION} when the payload does not fit the label
     */
    public String svg(BarcodePayload payload, LabelSpec spec) {
        String text = Objects.requireNonNull(payload, "payload").encode();
        BitMatrix symbol = SymbolEncoder.encode(text, Objects.requireNonNull(spec, "spec").symbology());
        return SvgWriter.write(symbol, LabelLayout.of(symbol, spec, text.length()), spec, text);
    }

    private static void drawText(Graphics2D g, String text, LabelLayout layout) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, layout.fontSize()));
        FontMetrics metrics = g.getFontMetrics();
        int x = (layout.width() - metrics.stringWidth(text)) / 2;
        g.drawString(text, Math.max(0, x), layout.textBaseline());
    }
}
