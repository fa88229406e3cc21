package org.studiokit.examples.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text printable with a PDF standard font (WinAnsi encoding): every character the font cannot encode (emoji,
 * CJK, other scripts) becomes one {@value #REPLACEMENT}, one per code point, so the same name always prints the same
 * way; tabs and line breaks become spaces, other control characters are dropped.
 */
public final class PdfText {
    /** What an unprintable character is printed as. */
    public static final char REPLACEMENT = '?';

    private PdfText() {
    }

    /**
     * @param font the font the text is drawn with
     * @param text the text (null prints as an empty string)
     * @return the text with only characters the font can encode
     */
    public static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.append(encodable(font, cp) ? Character.toString(cp) : String.valueOf(REPLACEMENT));
            }
        });
        return out.toString();
    }

    /** @return the width of printable text in points at a font size */
    static float width(PDFont font, float size, String printable) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean encodable(PDFont font, int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
            return false;
        }
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
