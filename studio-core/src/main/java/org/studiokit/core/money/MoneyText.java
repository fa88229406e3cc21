package org.studiokit.core.money;

import java.math.BigDecimal;

/** Writes minor units as a plain decimal string without going through {@link BigDecimal} (results print many). */
final class MoneyText {
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
}
