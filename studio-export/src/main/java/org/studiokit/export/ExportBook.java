package org.studiokit.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * Everything an exporter reads: the batches to export as format-neutral transactions, the type of every account
 * they use, and the studio's export options. Built from posting batches by {@link BatchReader}. The book also holds
 * its transactions as {@link ExportColumns} (primitive arrays, made once when the book is made), which the built-in
 * exporters read.
 */
public final class ExportBook {
    private final Currency currency;
    private final List<ExportBatch> batches;
    private final Map<String, AccountType> accounts;
    private final ExportOptions options;
    private final List<ExportTransaction> transactions;
    private final ExportColumns columns;

    /**
     * Copies, checks every line's account has a type, and makes the columns.
     *
     * @param currency the studio currency
     * @param batches  the batches, ascending
     * @param accounts every account the transactions use, in first-use order, with its type
     * @param options  the studio's export options
     */
    public ExportBook(Currency currency, List<ExportBatch> batches, Map<String, AccountType> accounts,
            ExportOptions options) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.batches = List.copyOf(batches);
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        this.options = Objects.requireNonNull(options, "options");
        List<ExportTransaction> all = new ArrayList<>();
        this.batches.forEach(b -> all.addAll(b.transactions()));
        this.transactions = Collections.unmodifiableList(all);
        this.columns = ExportColumns.of(transactions, this.accounts);
    }

    /** @return the studio currency */
    public Currency currency() {
        return currency;
    }

    /** @return the batches, ascending */
    public List<ExportBatch> batches() {
        return batches;
    }

    /** @return every account the transactions use, in first-use order, with its type */
    public Map<String, AccountType> accounts() {
        return accounts;
    }

    /** @return the studio's export options */
    public ExportOptions options() {
        return options;
    }

    /** @return every transaction, batch by batch */
    public List<ExportTransaction> transactions() {
        return transactions;
    }

    /** @return the transactions as columns (the same lines, indexes into account and client tables) */
    public ExportColumns columns() {
        return columns;
    }

    /** @return the batch numbers */
    public List<Long> batchNumbers() {
        return batches.stream().map(ExportBatch::number).toList();
    }

    /** @return every client a line names, sorted */
    public SortedSet<String> clients() {
        return new TreeSet<>(columns.clientNames());
    }

    /** @return the currency's decimals */
    public int scale() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** @return an amount in minor units as plain decimal text, e.g. {@code -12.50} */
    public String amount(long minor) {
        return appendAmount(new StringBuilder(24), minor).toString();
    }

    /** Appends an amount in minor units as plain decimal text, e.g. {@code -12.50}, without allocating. */
    public StringBuilder appendAmount(StringBuilder sb, long minor) {
        return appendAmount(sb, minor, scale(), 0);
    }

    /** @return an amount as {@link #appendAmount(StringBuilder, long, int)} writes it, for a currency scale */
    static String amountText(long minor, int scale, int decimals) {
        return appendAmount(new StringBuilder(24), minor, scale, decimals).toString();
    }

    private static StringBuilder appendAmount(StringBuilder sb, long minor, int scale, int decimals) {
        appendPlain(sb, minor, scale);
        if (decimals > scale && scale == 0) {
            sb.append('.');
        }
        for (int i = scale; i < decimals; i++) {
            sb.append('0');
        }
        return sb;
    }

    private static StringBuilder appendPlain(StringBuilder sb, long minor, int scale) {
        if (scale == 0) {
            return sb.append(minor);
        }
        long abs = Math.abs(minor);
        long unit = POWERS[scale];
        if (minor < 0) {
            sb.append('-');
        }
        sb.append(abs / unit).append('.');
        long fraction = abs % unit;
        for (long p = unit / 10; p > 1 && fraction < p; p /= 10) {
            sb.append('0');
        }
        return sb.append(fraction);
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    /** @return a signed amount with at least {@code decimals} decimals, e.g. {@code 12.50} */
    public String amount(long minor, int decimals) {
        return appendAmount(new StringBuilder(24), minor, decimals).toString();
    }

    /** Appends a signed amount with at least {@code decimals} decimals, e.g. {@code 12.50}, without allocating. */
    public StringBuilder appendAmount(StringBuilder sb, long minor, int decimals) {
        return appendAmount(sb, minor, scale(), decimals);
    }

    /** @return the type of an account */
    public AccountType type(String account) {
        return accounts.get(account);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportBook b && currency.equals(b.currency) && batches.equals(b.batches)
                && accounts.equals(b.accounts) && options.equals(b.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, batches, accounts, options);
    }

    @Override
    public String toString() {
        return "ExportBook[currency=" + currency + ", batches=" + batches + ", accounts=" + accounts + ", options="
                + options + "]";
    }
}
