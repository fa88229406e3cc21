package org.studiokit.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The transactions of an export book as columns, made once per book: every line is an account index, a client
 * index and an amount in primitive arrays, every transaction a range of lines with its batch, entry, date index,
 * source and texts; accounts, clients and dates are small tables. An exporter formats the table cells once per file
 * and then writes the transactions in one sequential pass over arrays. It holds exactly what the book's
 * {@link ExportTransaction}s hold.
 */
public final class ExportColumns {
    private static final Source[] SOURCES = Source.values();

    private final String[] accounts;
    private final AccountType[] types;
    private final String[] clients;
    private final LocalDate[] dates;
    private final int[] start;
    private final long[] batch;
    private final int[] entry;
    private final int[] date;
    private final byte[] source;
    private final String[] reference;
    private final String[] label;
    private final String[] memo;
    private Texts texts;
    private final int[] account;
    private final int[] client;
    private final long[] amount;

    /** Columns over another's account and client tables (a summary of its transactions). */
    ExportColumns(ExportColumns tables, Transactions t, int[] account, int[] client, long[] amount) {
        this.accounts = tables.accounts;
        this.types = tables.types;
        this.clients = tables.clients;
        this.dates = tables.dates;
        this.start = t.start;
        this.batch = t.batch;
        this.entry = t.entry;
        this.date = t.date;
        this.source = t.source;
        this.reference = t.reference;
        this.label = t.label;
        this.memo = t.memo;
        this.texts = new Texts(t.reference, t.label, t.memo);
        this.account = account;
        this.client = client;
        this.amount = amount;
    }

    /** The per-transaction columns of a summary, filled by its maker. */
    record Transactions(int[] start, long[] batch, int[] entry, int[] date, byte[] source, String[] reference,
            String[] label, String[] memo) {
        Transactions(int n) {
            this(new int[n + 1], new long[n], new int[n], new int[n], new byte[n], new String[n], new String[n],
                    new String[n]);
        }
    }

    private ExportColumns(ColumnTables tables, int transactions, int lines) {
        this.accounts = tables.accounts;
        this.types = tables.types;
        this.clients = tables.clients;
        this.dates = tables.dates.toArray(LocalDate[]::new);
        this.start = new int[transactions + 1];
        this.batch = new long[transactions];
        this.entry = new int[transactions];
        this.date = new int[transactions];
        this.source = new byte[transactions];
        this.reference = new String[transactions];
        this.label = new String[transactions];
        this.memo = new String[transactions];
        this.account = new int[lines];
        this.client = new int[lines];
        this.amount = new long[lines];
    }

    /** @return the columns of these transactions; every line's account must be one of {@code accounts} */
    static ExportColumns of(List<ExportTransaction> transactions, Map<String, AccountType> accounts) {
        ColumnTables tables = new ColumnTables(accounts, transactions);
        int lines = 0;
        for (ExportTransaction t : transactions) {
            lines += t.lines().size();
            tables.date(t.date());
        }
        ExportColumns c = new ExportColumns(tables, transactions.size(), lines);
        int at = 0;
        for (int i = 0; i < transactions.size(); i++) {
            ExportTransaction t = transactions.get(i);
            c.start[i] = at;
            c.batch[i] = t.batch();
            c.entry[i] = t.entry();
            c.date[i] = tables.date(t.date());
            c.source[i] = (byte) t.source().ordinal();
            c.reference[i] = t.reference();
            c.label[i] = t.label();
            c.memo[i] = t.memo();
            for (ExportLine l : t.lines()) {
                Integer a = tables.accountIndex.get(l.account());
                if (a == null) {
                    throw new IllegalArgumentException("account " + l.account() + " has no type");
                }
                c.account[at] = a;
                c.client[at] = l.client() == null ? -1 : tables.clientIndex.get(l.client());
                c.amount[at++] = l.amount();
            }
        }
        c.start[transactions.size()] = at;
        c.texts = new Texts(c.reference, c.label, c.memo);
        return c;
    }

    /** @return how many transactions */
    public int transactions() {
        return batch.length;
    }

    /** @return how many lines, over all transactions */
    public int lines() {
        return amount.length;
    }

    /** @return the first line of a transaction */
    public int start(int transaction) {
        return start[transaction];
    }

    /** @return the line after the last line of a transaction */
    public int end(int transaction) {
        return start[transaction + 1];
    }

    /** @return a transaction's batch number */
    public long batch(int transaction) {
        return batch[transaction];
    }

    /** @return the sequence of a transaction's (first) journal entry */
    public int entry(int transaction) {
        return entry[transaction];
    }

    /** @return the index of a transaction's date in {@link #day} */
    public int date(int transaction) {
        return date[transaction];
    }

    /** @return what a transaction books */
    public Source source(int transaction) {
        return SOURCES[source[transaction]];
    }

    /** @return a transaction's stable reference (EXP-3) */
    public String reference(int transaction) {
        return reference[transaction];
    }

    /** @return a transaction's record label */
    public String label(int transaction) {
        return label[transaction];
    }

    /** @return a transaction's memo */
    public String memo(int transaction) {
        return memo[transaction];
    }

    /** @return the id of a transaction's reference, for {@link PlainText} and {@link #write} */
    public int referenceText(int transaction) {
        return transaction * 3;
    }

    /** @return the id of a transaction's label, for {@link PlainText} and {@link #write} */
    public int labelText(int transaction) {
        return transaction * 3 + 1;
    }

    /** @return whether a transaction's memo is the same text as its label */
    public boolean memoIsLabel(int transaction) {
        return texts.same(transaction * 3 + 2, transaction * 3 + 1);
    }

    /** @return a text by its id */
    public String text(int text) {
        return texts.string(text);
    }

    /** @return a text's length in characters */
    public int length(int text) {
        return texts.length(text);
    }

    /** Appends a text in the buffer's charset (ASCII text copied from the columns' bytes). */
    public void write(ExportBuffer out, int text) {
        texts.write(out, text);
    }

    /** @return the text's flags, {@link Texts} */
    int flags(int text) {
        return texts.flags(text);
    }

    /** Appends an ASCII text's bytes. */
    void copy(ExportBuffer out, int text) {
        texts.copy(out, text);
    }

    /** @return the client index of a transaction's first line that names one, or -1 */
    public int clientOf(int transaction) {
        int i = start[transaction];
        int end = start[transaction + 1];
        while (i < end && client[i] < 0) {
            i++;
        }
        return i < end ? client[i] : -1;
    }

    /** @return a line's account index in {@link #accountName} */
    public int account(int line) {
        return account[line];
    }

    /** @return a line's client index in {@link #clientName}, or -1 when the line names none */
    public int client(int line) {
        return client[line];
    }

    /** @return a line's debit-positive amount in minor units */
    public long amount(int line) {
        return amount[line];
    }

    /** @return how many accounts (the book's, in its order) */
    public int accountCount() {
        return accounts.length;
    }

    /** @return an account's name */
    public String accountName(int index) {
        return accounts[index];
    }

    /** @return an account's type */
    public AccountType accountType(int index) {
        return types[index];
    }

    /** @return how many clients the lines name (sorted by name) */
    public int clientCount() {
        return clients.length;
    }

    /** @return a client's name */
    public String clientName(int index) {
        return clients[index];
    }

    /** @return every client name, sorted */
    public List<String> clientNames() {
        return List.of(clients);
    }

    /** @return how many distinct dates the transactions have */
    public int dayCount() {
        return dates.length;
    }

    /** @return a date by its index */
    public LocalDate day(int index) {
        return dates[index];
    }
}
