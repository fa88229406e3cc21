package org.studiokit.examples.script;

/** Quotes text from a script for a one-line message: control characters escaped, long text shortened. */
public final class Quote {
    private static final int MAX = 60;

    private Quote() {
    }

    /** @return the text in double quotes, safe to print on one line */
    public static String of(String text) {
        return "\"" + bare(text) + "\"";
    }

    /** @return the text safe to print on one line, without quotes */
    public static String bare(String text) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < MAX; i++, shown++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029;
            if (unsafe || c == '"' || c == '\\') {
                b.append(c == '"' || c == '\\' ? "\\" + c : String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (text.length() > MAX) {
            b.append('…');
        }
        return b.toString();
    }
}
