package org.studiokit.export.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a reader parsed back from an exported file: transactions of lines. */
record Parsed(List<List<Row>> transactions) {
    /** One line: account as the file names it, client (or null), signed debit-positive minor units. */
    record Row(String account, String client, long amount) {
    }

    static long minor(String decimal, int scale) {
        return new BigDecimal(decimal.trim()).movePointRight(scale).longValueExact();
    }

    /** @return the transactions that do not sum to zero (none, for a well formed file) */
    List<List<Row>> unbalanced() {
        List<List<Row>> out = new ArrayList<>();
        for (List<Row> t : transactions) {
            if (t.isEmpty() || t.stream().mapToLong(Row::amount).sum() != 0) {
                out.add(t);
            }
        }
        return out;
    }

    Map<String, Long> totals() {
        Map<String, Long> m = new TreeMap<>();
        transactions.forEach(t -> t.forEach(r -> m.merge(r.account(), r.amount(), Long::sum)));
        return m;
    }

    /** Builds transactions row by row. */
    static final class Builder {
        private final List<List<Row>> transactions = new ArrayList<>();
        private List<Row> current;

        Builder begin() {
            end();
            current = new ArrayList<>();
            return this;
        }

        Builder row(String account, String client, long amount) {
            if (current == null) {
                throw new IllegalStateException("a line outside a transaction: " + account);
            }
            current.add(new Row(account, client, amount));
            return this;
        }

        Builder end() {
            if (current != null) {
                transactions.add(current);
                current = null;
            }
            return this;
        }

        Parsed build() {
            end();
            return new Parsed(transactions);
        }
    }
}
