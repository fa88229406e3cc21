package org.studiokit.export;

import java.util.List;

/**
 * Comma-separated cells (RFC 4180): a cell with a comma, quote or line break is quoted with quotes doubled; a cell
 * that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) is
 * neutralised with a leading apostrophe (EXP-5). Amount cells are written with {@link #number} and never
 * neutralised.
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();
    private final String newline;

    /** @param newline the record separator ({@code \r\n} for RFC 4180) */
    public Csv(String newline) {
        this.newline = newline;
    }

    /** @return a text cell, one line, neutralised and quoted as needed */
    public static String text(String value) {
        String s = Clean.line(value, "");
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return quote(s);
    }

    /** @return a number cell as it is (a signed decimal) */
    public static String number(String value) {
        return value;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.indexOf(';') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Appends a record of already-formatted cells. */
    public Csv row(List<String> cells) {
        out.append(String.join(",", cells)).append(newline);
        return this;
    }

    /** Appends a header or a record of text cells. */
    public Csv texts(String... cells) {
        return row(java.util.Arrays.stream(cells).map(Csv::text).toList());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
