package org.studiokit.core.money;

import java.math.BigDecimal;

/**
 * Writes minor units as a plain decimal string, and reads the common form of one, without going through
 * {@link BigDecimal} (results print many amounts and scripts hold many).
 */
final class MoneyText {
    /** What {@link #parsePlain} gives for a text not of its form (no amount it reads is this far from zero). */
    static final long NOT_PLAIN = Long.MIN_VALUE;
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private MoneyText() {
    }

    /** @return the same text as {@code BigDecimal.valueOf(minor, decimals).toPlainString()} */
    static String plain(long minor, int decimals) {
        if (decimals == 0 || decimals >= POWERS.length || minor == Long.MIN_VALUE) {
            return BigDecimal.valueOf(minor, decimals).toPlainString();
        }
        long scale = POWERS[decimals];
        long abs = Math.abs(minor);
        String fraction = Long.toString(abs % scale);
        StringBuilder b = new StringBuilder(24);
        if (minor < 0) {
            b.append('-');
        }
        b.append(abs / scale).append('.');
        for (int pad = decimals - fraction.length(); pad > 0; pad--) {
            b.append('0');
        }
        return b.append(fraction).toString();
    }

    /**
     * @return the minor units of an optional sign, 1 to 15 digits and optionally a point with 1 to {@code decimals}
     *         digits; {@link #NOT_PLAIN} for any other text (and when the digits would not fit in a long)
     */
    static long parsePlain(String text, int decimals) {
        int n = text == null ? 0 : text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int start = i;
        long value = 0;
        for (; i < n && i - start < 16 && isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        int whole = i - start;
        if (whole == 0 || whole > 15 || whole + decimals > 18) {
            return NOT_PLAIN;
        }
        int fraction = 0;
        if (i < n) {
            if (text.charAt(i++) != '.' || i == n) {
                return NOT_PLAIN;
            }
            for (; i < n && fraction < decimals && isDigit(text.charAt(i)); i++, fraction++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            if (i < n || fraction == 0) {
                return NOT_PLAIN;
            }
        }
        value *= POWERS[decimals - fraction];
        return text.charAt(0) == '-' ? -value : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
