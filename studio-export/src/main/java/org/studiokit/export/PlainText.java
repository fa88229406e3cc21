package org.studiokit.export;

/**
 * A fast test for text that a format's cleaning would leave exactly as it is (EXP-5), so an exporter can write it
 * straight away and clean only the rest: one or more printable ASCII characters (space to {@code ~}) other than the
 * format's special ones, no space at either end and no two spaces in a row. Such text is already one clean line
 * ({@link Clean#line} returns it unchanged) and encodes the same in UTF-8 and Windows-1252.
 */
public final class PlainText {
    private final boolean[] allowed = new boolean[128];
    private final int mask;

    private PlainText(String special) {
        this.mask = Texts.mask(special);
        for (char c = ' '; c < 0x7f; c++) {
            allowed[c] = special.indexOf(c) < 0;
        }
    }

    /** @return the test for text without any of these characters */
    public static PlainText except(String special) {
        return new PlainText(special);
    }

    /**
     * Appends a text to a file when it is plain, in one pass.
     *
     * @return whether it was plain and is now written; if not, nothing was written
     */
    public boolean write(ExportBuffer out, String text) {
        return out.plain(text, allowed);
    }

    /** @return whether a text of the book's columns is plain (read from its flags, without reading the text) */
    public boolean test(ExportColumns columns, int text) {
        if (mask < 0) {
            return test(columns.text(text));
        }
        return (columns.flags(text) & (Texts.CLEAN | mask)) == Texts.CLEAN;
    }

    /**
     * Appends a text of the book's columns when it is plain, copying its bytes.
     *
     * @return whether it was plain and is now written; if not, nothing was written
     */
    public boolean write(ExportBuffer out, ExportColumns columns, int text) {
        if (!test(columns, text)) {
            return false;
        }
        columns.copy(out, text);
        return true;
    }

    /** @return whether a text of the book's columns starts with a character a spreadsheet reads as a formula */
    public static boolean formula(ExportColumns columns, int text) {
        return (columns.flags(text) & Texts.FORMULA) != 0;
    }

    /** @return whether the text is plain: cleaning it in the format would change nothing */
    public boolean test(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        boolean[] ok = allowed;
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !ok[c] || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return true;
    }
}
