package org.studiokit.barcode.label;

import com.google.zxing.common.BitMatrix;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Builds a label as SVG from the symbol's modules: the same layout as the PNG, one user unit per printer dot,
 * the physical size in millimetres, dark runs as rectangles and the text under the symbol.
 */
final class SvgWriter {
    private SvgWriter() {
    }

    static String write(BitMatrix symbol, LabelLayout layout, LabelSpec spec, String text) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                        + " width=\"%smm\" height=\"%smm\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\">\n",
                        mm(spec.widthMm()), mm(spec.heightMm()), layout.width(), layout.height()))
                .append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n",
                        layout.width(), layout.height()))
                .append("<g fill=\"#000\">\n");
        DarkRuns.each(symbol, layout, (x, y, w, h) -> svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n", x, y, w, h)));
        svg.append("</g>\n");
        if (layout.fontSize() > 0) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"DejaVu Sans Mono, monospace\""
                    + " font-size=\"%d\" text-anchor=\"middle\" fill=\"#000\">%s</text>\n",
                    layout.width() / 2, layout.textBaseline(), layout.fontSize(), escape(text)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String mm(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
