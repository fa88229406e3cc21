package org.studiokit.benchmarks.books;

/**
 * The Mersenne Twister of CPython's {@code random.Random(seed)}, with the same {@code random()} and
 * {@code randint(a, b)}, so the Java generator writes the very books {@code books.py} writes from the same seed.
 */
public final class PyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N;

    /** @param seed a non-negative seed below 2^32, as CPython seeds from a small int */
    public PyRandom(long seed) {
        initGenrand(19650218);
        int[] key = {(int) seed};
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (int) (((mt[i] & 0xffffffffL) ^ (((mt[i - 1] ^ (mt[i - 1] >>> 30)) & 0xffffffffL) * 1664525L))
                    + (key[j] & 0xffffffffL) + j);
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (int) (((mt[i] & 0xffffffffL) ^ (((mt[i - 1] ^ (mt[i - 1] >>> 30)) & 0xffffffffL) * 1566083941L))
                    - i);
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private int next32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }

    /** @return a double in [0, 1), as {@code random.random()} */
    public double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** @return an int in [low, high], as {@code random.randint(low, high)} (ranges below 2^31) */
    public int randint(int low, int high) {
        int n = high - low + 1;
        int bits = 32 - Integer.numberOfLeadingZeros(n);
        int r;
        do {
            r = (int) ((next32() & 0xffffffffL) >>> (32 - bits));
        } while (r >= n);
        return low + r;
    }
}
