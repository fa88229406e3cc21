package org.studiokit.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary exports: one transaction per batch and day, netting every line of that day per account and client; zero
 * sums go, debits come first, each side in the order its account and client first appeared that day.
 */
public final class DaySummary {
    /** Up to this many account × client pairs, sums are found by array index; beyond, through a map. */
    private static final int DENSE = 1 << 20;

    private DaySummary() {
    }

    /** @return the book's transactions summarised per batch and day, in batch and date order */
    public static List<ExportTransaction> of(ExportBook book) {
        ExportColumns c = columns(book);
        List<ExportTransaction> out = new ArrayList<>();
        for (int t = 0; t < c.transactions(); t++) {
            List<ExportLine> lines = new ArrayList<>();
            for (int i = c.start(t); i < c.end(t); i++) {
                lines.add(new ExportLine(c.accountName(c.account(i)), c.client(i) < 0 ? null
                        : c.clientName(c.client(i)), c.amount(i)));
            }
            out.add(new ExportTransaction(c.batch(t), c.entry(t), c.day(c.date(t)), c.source(t), c.label(t),
                    c.memo(t), null, c.reference(t), lines));
        }
        return out;
    }

    /** @return the summary as columns over the book's account, client and date tables */
    public static ExportColumns columns(ExportBook book) {
        return columns(book, DENSE);
    }

    /** @return the summary, finding sums by array index up to {@code dense} account × client pairs */
    static ExportColumns columns(ExportBook book, int dense) {
        return new Maker(book, dense).make();
    }

    /** Nets one batch day at a time with primitive sums. */
    private static final class Maker {
        private final ExportBook book;
        private final ExportColumns c;
        private final int width;
        private final int[] stamp;
        private final int[] slotOf;
        private final Map<Long, Integer> sparse = new HashMap<>();
        private long[] keys = new long[256];
        private long[] sums = new long[256];
        private final ExportColumns.Transactions out;
        private int[] account;
        private int[] client;
        private long[] amount;
        private int day;
        private int count;
        private int summaries;
        private int lines;

        Maker(ExportBook book, int dense) {
            this.book = book;
            this.c = book.columns();
            this.width = c.clientCount() + 1;
            long pairs = (long) c.accountCount() * width;
            this.stamp = pairs <= dense ? new int[(int) pairs] : null;
            this.slotOf = pairs <= dense ? new int[(int) pairs] : null;
            int batches = c.transactions() == 0 ? 0 : 1;
            for (int t = 1; t < c.transactions(); t++) {
                batches += c.batch(t) != c.batch(t - 1) ? 1 : 0;
            }
            this.out = new ExportColumns.Transactions((int) Math.min(c.transactions(), (long) batches * c.dayCount()));
            int capacity = c.lines() / 2 + 16;
            this.account = new int[capacity];
            this.client = new int[capacity];
            this.amount = new long[capacity];
        }

        ExportColumns make() {
            int[] rank = ranks();
            int n = c.transactions();
            for (int from = 0; from < n; ) {
                int to = from;
                while (to < n && c.batch(to) == c.batch(from)) {
                    to++;
                }
                batch(from, to, rank);
                from = to;
            }
            out.start()[summaries] = lines;
            ExportColumns.Transactions t = new ExportColumns.Transactions(Arrays.copyOf(out.start(), summaries + 1),
                    Arrays.copyOf(out.batch(), summaries), Arrays.copyOf(out.entry(), summaries),
                    Arrays.copyOf(out.date(), summaries), Arrays.copyOf(out.source(), summaries),
                    Arrays.copyOf(out.reference(), summaries), Arrays.copyOf(out.label(), summaries),
                    Arrays.copyOf(out.memo(), summaries));
            return new ExportColumns(c, t, Arrays.copyOf(account, lines), Arrays.copyOf(client, lines),
                    Arrays.copyOf(amount, lines));
        }

        /** @return each date index's rank in date order */
        private int[] ranks() {
            Integer[] order = new Integer[c.dayCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> c.day(a).compareTo(c.day(b)));
            int[] rank = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                rank[order[i]] = i;
            }
            return rank;
        }

        /** Summarises the transactions {@code from} (inclusive) to {@code to} of one batch, day by day. */
        private void batch(int from, int to, int[] rank) {
            int[] at = new int[rank.length + 1];
            for (int t = from; t < to; t++) {
                at[rank[c.date(t)] + 1]++;
            }
            for (int r = 0; r < rank.length; r++) {
                at[r + 1] += at[r];
            }
            int[] sorted = new int[to - from];
            int[] next = at.clone();
            for (int t = from; t < to; t++) {
                sorted[next[rank[c.date(t)]]++] = t;
            }
            for (int r = 0; r < rank.length; r++) {
                if (at[r + 1] > at[r]) {
                    day(sorted, at[r], at[r + 1]);
                }
            }
        }

        /** Nets the transactions {@code sorted[from..to)}, all of one batch and day, into one summary. */
        private void day(int[] sorted, int from, int to) {
            day++;
            count = 0;
            sparse.clear();
            int first = Integer.MAX_VALUE;
            for (int k = from; k < to; k++) {
                int t = sorted[k];
                first = Math.min(first, c.entry(t));
                for (int i = c.start(t), end = c.end(t); i < end; i++) {
                    int slot = slot((long) c.account(i) * width + c.client(i) + 1);
                    sums[slot] = Math.addExact(sums[slot], c.amount(i));
                }
            }
            int start = lines;
            emit(true);
            emit(false);
            if (lines == start) {
                return;
            }
            int t = sorted[from];
            long batch = c.batch(t);
            LocalDate date = c.day(c.date(t));
            int size = to - from;
            String label = "batch " + batch + " summary " + date + " (" + size + (size == 1 ? " entry)" : " entries)");
            out.start()[summaries] = start;
            out.batch()[summaries] = batch;
            out.entry()[summaries] = first;
            out.date()[summaries] = c.date(t);
            out.source()[summaries] = (byte) Source.DAY_SUMMARY.ordinal();
            out.reference()[summaries] = BatchReader.reference(book.options().studio(), batch, first);
            out.label()[summaries] = label;
            out.memo()[summaries++] = label;
        }

        private int slot(long key) {
            if (stamp != null) {
                int k = (int) key;
                if (stamp[k] != day) {
                    stamp[k] = day;
                    slotOf[k] = open(key);
                }
                return slotOf[k];
            }
            return sparse.computeIfAbsent(key, this::open);
        }

        private int open(long key) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                sums = Arrays.copyOf(sums, count * 2);
            }
            keys[count] = key;
            sums[count] = 0;
            return count++;
        }

        private void emit(boolean debits) {
            for (int s = 0; s < count; s++) {
                long sum = sums[s];
                if (debits ? sum > 0 : sum < 0) {
                    if (lines == amount.length) {
                        account = Arrays.copyOf(account, lines * 2);
                        client = Arrays.copyOf(client, lines * 2);
                        amount = Arrays.copyOf(amount, lines * 2);
                    }
                    account[lines] = (int) (keys[s] / width);
                    client[lines] = (int) (keys[s] % width) - 1;
                    amount[lines++] = sum;
                }
            }
        }
    }
}
