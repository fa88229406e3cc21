package org.studiokit.export;

/**
 * The texts of an export book's transactions (reference, label and memo of each, in that order), for a sequential
 * pass: ASCII texts are copied into one byte array, and each text carries flags saying whether it is clean printable
 * ASCII ({@link PlainText}'s test without special characters) and which of the characters formats treat specially it
 * holds.
 */
final class Texts {
    /** Printable ASCII, not empty, no space at either end, no two spaces in a row. */
    static final int CLEAN = 1;
    /** The characters whose presence is tracked, one flag each from bit 1 on. */
    static final String TRACKED = "\",;\\:";
    /** The text starts with a character a spreadsheet reads as a formula. */
    static final int FORMULA = 1 << 6;
    /** Every character is ASCII: the text's bytes are in the pool. */
    static final int ASCII = 1 << 7;
    private static final int SAME = 1 << 8;

    private final String[] strings;
    private final int[] flags;
    private final int[] at;
    private final byte[] pool;

    @SuppressWarnings("deprecation")
    Texts(String[] reference, String[] label, String[] memo) {
        int n = reference.length;
        strings = new String[n * 3];
        flags = new int[n * 3];
        at = new int[n * 3 + 1];
        long bytes = 0;
        for (int t = 0; t < n; t++) {
            strings[3 * t] = reference[t];
            strings[3 * t + 1] = label[t];
            strings[3 * t + 2] = memo[t];
            bytes += reference[t].length() + label[t].length() + memo[t].length();
        }
        pool = new byte[(int) Math.min(Integer.MAX_VALUE - 8, bytes)];
        int end = 0;
        for (int i = 0; i < strings.length; i++) {
            at[i] = end;
            flags[i] = flags(strings[i]);
            if ((flags[i] & ASCII) != 0 && end + strings[i].length() <= pool.length) {
                strings[i].getBytes(0, strings[i].length(), pool, end);
                end += strings[i].length();
            } else {
                flags[i] &= ~(ASCII | CLEAN);
            }
            if (i % 3 == 2 && strings[i].equals(strings[i - 1])) {
                flags[i] |= SAME;
            }
        }
        at[strings.length] = end;
    }

    private static int flags(String s) {
        int n = s.length();
        int f = ASCII | (n > 0 && s.charAt(0) != ' ' && s.charAt(n - 1) != ' ' ? CLEAN : 0);
        if (n > 0 && "=+-@".indexOf(s.charAt(0)) >= 0) {
            f |= FORMULA;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                f &= ~(ASCII | CLEAN);
            } else if (c < 0x20 || c == 0x7f || (c == ' ' && prev == ' ')) {
                f &= ~CLEAN;
            }
            int tracked = TRACKED.indexOf(c);
            if (tracked >= 0) {
                f |= 2 << tracked;
            }
            prev = c;
        }
        return f;
    }

    /** @return the flag bits of a set of special characters, or -1 when one of them is not tracked */
    static int mask(String special) {
        int m = 0;
        for (int i = 0; i < special.length(); i++) {
            int tracked = TRACKED.indexOf(special.charAt(i));
            if (tracked < 0) {
                return -1;
            }
            m |= 2 << tracked;
        }
        return m;
    }

    int flags(int text) {
        return flags[text];
    }

    String string(int text) {
        return strings[text];
    }

    int length(int text) {
        return (flags[text] & ASCII) != 0 ? at[text + 1] - at[text] : strings[text].length();
    }

    boolean same(int a, int b) {
        return (flags[a] & SAME) != 0 && b == a - 1;
    }

    void copy(ExportBuffer out, int text) {
        out.bytes(pool, at[text], at[text + 1] - at[text]);
    }

    void write(ExportBuffer out, int text) {
        if ((flags[text] & ASCII) != 0) {
            copy(out, text);
        } else {
            out.text(strings[text]);
        }
    }
}
