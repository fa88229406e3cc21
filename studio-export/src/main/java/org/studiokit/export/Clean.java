package org.studiokit.export;

import java.util.function.IntPredicate;

/** EXP-5: the cleaning every format starts from: one line of text, no control characters. */
public final class Clean {
    private Clean() {
    }

    /**
     * @return the text on one line: control and format characters (tab, CR, LF, line separators …) become spaces,
     *         runs of spaces become one, ends are trimmed; empty text becomes {@code fallback}
     */
    public static String line(String text, String fallback) {
        if (text == null) {
            return fallback;
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.LINE_SEPARATOR;
            if (blank) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(cp);
            }
        }
        return sb.length() == 0 ? fallback : sb.toString();
    }

    /** @return whether a text is already one clean line: printable ASCII or Latin-1 letters, single inner spaces */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c > 0xff || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** @return the text with every code point that fails the test replaced by {@code with} */
    public static String keep(String text, IntPredicate allowed, String with) {
        boolean all = true;
        for (int i = 0; i < text.length() && all; i++) {
            char c = text.charAt(i);
            all = !Character.isSurrogate(c) && allowed.test(c);
        }
        if (all) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (allowed.test(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(with);
            }
        });
        return sb.toString();
    }

    /** @return the first {@code max} characters of a text, never splitting a surrogate pair */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
