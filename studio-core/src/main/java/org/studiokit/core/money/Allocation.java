package org.studiokit.core.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** MON-3: the largest-remainder method on magnitudes, for {@link Money#allocate(long...)}. */
final class Allocation {
    private Allocation() {
    }

    /**
     * @param magnitude the amount to split, in minor units, not negative
     * @param weights   the weights (counted by magnitude), at least one
     * @return one part per weight, summing exactly to the magnitude; all of it to the first when every weight is 0
     */
    static long[] largestRemainder(long magnitude, long[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (long w : weights) {
            total = total.add(BigInteger.valueOf(w).abs());
        }
        long[] parts = new long[weights.length];
        if (total.signum() == 0) {
            parts[0] = magnitude;
            return parts;
        }
        BigInteger[] remainders = new BigInteger[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(magnitude).multiply(BigInteger.valueOf(weights[i]).abs())
                    .divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        long left = magnitude - assigned;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
