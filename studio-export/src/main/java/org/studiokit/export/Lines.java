package org.studiokit.export;

/**
 * The journal lines of one file whose bytes differ only by account, client and amount: each line is fixed bytes,
 * the account's cell, the client's cell and the amount (the client's cell before or after the amount), then more
 * fixed bytes. The cells are made once per file and pooled; a run of a transaction's lines is then written in one
 * pass straight into the buffer, without a call per cell.
 */
public final class Lines {
    private final byte[] accountPool;
    private final int[] accountAt;
    private final byte[] beforePool;
    private final int[] beforeAt;
    private final byte[] afterPool;
    private final int[] afterAt;
    private final int most;
    private final int scale;
    private final int decimals;

    /**
     * @param accounts    every account's cell, by account index
     * @param clients     every client's cell, by client index
     * @param noClient    the cell of a line that names no client
     * @param clientFirst whether the client's cell comes before the amount (else after it)
     * @param scale       the currency's decimals
     * @param decimals    the least number of decimals an amount is written with
     */
    public Lines(byte[][] accounts, byte[][] clients, byte[] noClient, boolean clientFirst, int scale, int decimals) {
        byte[][] withNone = new byte[clients.length + 1][];
        withNone[0] = noClient;
        System.arraycopy(clients, 0, withNone, 1, clients.length);
        this.accountAt = new int[accounts.length + 1];
        this.accountPool = pool(accounts, accountAt);
        int[] clientAt = new int[withNone.length + 1];
        byte[] clientPool = pool(withNone, clientAt);
        int[] noneAt = new int[withNone.length + 1];
        this.beforeAt = clientFirst ? clientAt : noneAt;
        this.beforePool = clientFirst ? clientPool : new byte[0];
        this.afterAt = clientFirst ? noneAt : clientAt;
        this.afterPool = clientFirst ? new byte[0] : clientPool;
        this.most = longest(accountAt) + longest(clientAt) + Digits.most(scale, decimals);
        this.scale = scale;
        this.decimals = decimals;
    }

    private static byte[] pool(byte[][] cells, int[] at) {
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            at[i] = n;
            n = Math.addExact(n, cells[i].length);
        }
        at[cells.length] = n;
        byte[] pool = new byte[n];
        for (int i = 0; i < cells.length; i++) {
            System.arraycopy(cells[i], 0, pool, at[i], cells[i].length);
        }
        return pool;
    }

    private static int longest(int[] at) {
        int m = 0;
        for (int i = 1; i < at.length; i++) {
            m = Math.max(m, at[i] - at[i - 1]);
        }
        return m;
    }

    /**
     * Appends the lines {@code from} (inclusive) to {@code to} (exclusive) of the columns, each as {@code lead}, the
     * bytes written earlier from {@code headFrom} to {@code headTo}, its cells and amount, and the bytes written
     * earlier from {@code tailFrom} to {@code tailTo} (an empty range is {@code 0, 0}).
     */
    public void write(ExportBuffer out, ExportColumns c, int from, int to, byte[] lead, int headFrom, int headTo,
            int tailFrom, int tailTo) {
        int line = lead.length + (headTo - headFrom) + most + (tailTo - tailFrom);
        for (int i = from; i < to; ) {
            int n = Math.min(to - i, Math.max(1, GROUP / line));
            byte[] b = out.reserve(n * line);
            int p = out.size();
            for (int end = i + n; i < end; i++) {
                long amount = c.amount(i);
                if (!Digits.fits(amount, scale)) {
                    out.advance(p);
                    slowLine(out, c, i, lead, headFrom, headTo, tailFrom, tailTo);
                    p = out.size();
                    continue;
                }
                p = fixed(b, p, lead, headFrom, headTo);
                int a = c.account(i);
                int k = c.client(i) + 1;
                p = copy(accountPool, accountAt, a, b, p);
                p = copy(beforePool, beforeAt, k, b, p);
                p = Digits.amount(b, p, amount, scale, decimals);
                p = copy(afterPool, afterAt, k, b, p);
                if (tailTo > tailFrom) {
                    System.arraycopy(b, tailFrom, b, p, tailTo - tailFrom);
                    p += tailTo - tailFrom;
                }
            }
            out.advance(p);
        }
    }

    /** The bytes reserved at a time: about this many per run of lines. */
    private static final int GROUP = 1 << 14;

    private static int fixed(byte[] b, int p, byte[] lead, int headFrom, int headTo) {
        if (lead.length > 0) {
            System.arraycopy(lead, 0, b, p, lead.length);
            p += lead.length;
        }
        if (headTo > headFrom) {
            System.arraycopy(b, headFrom, b, p, headTo - headFrom);
            p += headTo - headFrom;
        }
        return p;
    }

    private static int copy(byte[] pool, int[] at, int cell, byte[] b, int p) {
        int n = at[cell + 1] - at[cell];
        System.arraycopy(pool, at[cell], b, p, n);
        return p + n;
    }

    /** A line whose amount {@link Digits} does not write, through the buffer's own appends. */
    private void slowLine(ExportBuffer out, ExportColumns c, int i, byte[] lead, int headFrom, int headTo,
            int tailFrom, int tailTo) {
        int k = c.client(i) + 1;
        out.bytes(lead).repeat(headFrom, headTo);
        int a = c.account(i);
        out.bytes(accountPool, accountAt[a], accountAt[a + 1] - accountAt[a]);
        out.bytes(beforePool, beforeAt[k], beforeAt[k + 1] - beforeAt[k]);
        out.amount(c.amount(i), scale, decimals);
        out.bytes(afterPool, afterAt[k], afterAt[k + 1] - afterAt[k]);
        out.repeat(tailFrom, tailTo);
    }
}
