package org.studiokit.export;

/**
 * Whole numbers and amounts in minor units written as decimal digits straight into a byte array, two digits per
 * division; the same text as {@link ExportBook#amountText} for every amount but {@link Long#MIN_VALUE} and scales
 * past 6, which {@link #fits} turns away.
 */
final class Digits {
    /** The powers of ten up to the largest scale written here. */
    static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private Digits() {
    }

    /** @return whether {@link #amount} writes this amount at this scale */
    static boolean fits(long minor, int scale) {
        return minor != Long.MIN_VALUE && scale >= 0 && scale < POWERS.length;
    }

    /** @return the most bytes {@link #amount} writes at this scale and least number of decimals */
    static int most(int scale, int decimals) {
        return 22 + Math.max(scale, decimals);
    }

    /**
     * Writes an amount as signed plain decimal text (the amount must {@link #fits}).
     *
     * @param decimals the least number of decimals (zeros added past the scale)
     * @return where the text ends
     */
    static int amount(byte[] b, int at, long minor, int scale, int decimals) {
        long abs = minor;
        if (minor < 0) {
            b[at++] = '-';
            abs = -minor;
        }
        if (scale == 0) {
            at = whole(b, at, abs);
            if (decimals > 0) {
                b[at++] = '.';
            }
        } else if (scale == 2) {
            long whole = abs / 100;
            int cents = (int) (abs - whole * 100);
            at = whole(b, at, whole);
            b[at] = '.';
            b[at + 1] = PAIRS[2 * cents];
            b[at + 2] = PAIRS[2 * cents + 1];
            at += 3;
        } else {
            long whole = abs / POWERS[scale];
            int fraction = (int) (abs - whole * POWERS[scale]);
            at = whole(b, at, whole);
            b[at++] = '.';
            for (int i = scale - 1; i >= 0; i--) {
                b[at + i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            at += scale;
        }
        for (int i = scale; i < decimals; i++) {
            b[at++] = '0';
        }
        return at;
    }

    /** Writes a non-negative number's digits; @return where they end */
    static int whole(byte[] b, int at, long value) {
        int end = at + width(value);
        int p = end;
        while (value >= 100) {
            long q = value / 100;
            int r = (int) (value - q * 100);
            b[--p] = PAIRS[2 * r + 1];
            b[--p] = PAIRS[2 * r];
            value = q;
        }
        if (value >= 10) {
            b[--p] = PAIRS[2 * (int) value + 1];
            b[--p] = PAIRS[2 * (int) value];
        } else {
            b[--p] = (byte) ('0' + value);
        }
        return end;
    }

    /** @return how many digits a non-negative number has */
    private static int width(long value) {
        int n = 1;
        for (long limit = 10; n < 19 && value >= limit; limit *= 10) {
            n++;
        }
        return n;
    }
}
