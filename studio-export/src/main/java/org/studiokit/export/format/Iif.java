package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.export.AccountType;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.Lines;
import org.studiokit.export.Names;
import org.studiokit.export.PlainText;
import org.studiokit.export.Source;

/**
 * Writes QuickBooks Desktop IIF (Intuit IIF Import Kit): tab-separated, CRLF, Windows-1252; an {@code !ACCNT} block
 * declaring every account used (parents first), a {@code !CUST} block declaring every client, then
 * {@code !TRNS}/{@code !SPL}/{@code !ENDTRNS} transactions whose TRNS and SPL amounts sum to zero. Names are cleaned
 * and shortened to QuickBooks' limits (EXP-5: names 41, accounts 31).
 */
final class Iif {
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final String[] TRNS = {"!TRNS", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM", "MEMO"};
    static final String[] SPL = {"!SPL", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM", "MEMO"};
    static final int NAME_LIMIT = 41;
    static final int ACCOUNT_LIMIT = 31;
    static final int MEMO_LIMIT = 4000;
    private static final boolean[] ENCODABLE = encodable();
    private static final PlainText PLAIN = PlainText.except("\"");
    private static final byte[] SPL_LEAD = {'S', 'P', 'L', '\t'};

    private static final boolean[] NAMED = new boolean[Source.values().length];
    private static final AccountType[] MAIN = new AccountType[Source.values().length];

    static {
        for (Source s : Source.values()) {
            String type = type(s);
            NAMED[s.ordinal()] = Set.of("PAYMENT", "CHECK", "INVOICE", "CREDIT MEMO").contains(type);
            MAIN[s.ordinal()] = switch (type) {
                case "INVOICE", "CREDIT MEMO" -> AccountType.RECEIVABLE;
                case "PAYMENT", "DEPOSIT", "CHECK" -> AccountType.ASSET;
                default -> null;
            };
        }
    }

    private final ExportBook book;
    private final ExportColumns columns;
    private final Names clients;
    private final Names accounts;
    private final ExportBuffer out;
    private final byte[][] dates;
    private final byte[][] accountCells;
    private final byte[][] clientCells;
    private final int scale;
    private final Lines lines;

    /**
     * @param book    the book
     * @param columns its transactions as the file lists them (detail, or summarised per day)
     * @param out     the file
     */
    Iif(ExportBook book, ExportColumns columns, ExportBuffer out) {
        this.book = book;
        this.columns = columns;
        this.clients = Names.of(columns.clientNames(), NAME_LIMIT, Iif::name, '~');
        this.accounts = Names.of(book.accounts().keySet(), ACCOUNT_LIMIT, Iif::account, '~');
        this.out = out;
        this.dates = Cells.dates(columns, out, DateTimeFormatter.ofPattern(book.options().iifDatePattern()));
        this.accountCells = Cells.accounts(columns, out, accounts::get);
        this.clientCells = Cells.clients(columns, out, clients::get);
        this.scale = book.scale();
        this.lines = new Lines(tabbed(accountCells), tabbed(clientCells), new byte[] {'\t'}, true, scale, 0);
    }

    /** @return the cells, each followed by a tab */
    private static byte[][] tabbed(byte[][] cells) {
        byte[][] out = new byte[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            out[i] = java.util.Arrays.copyOf(cells[i], cells[i].length + 1);
            out[i][cells[i].length] = '\t';
        }
        return out;
    }

    /** @return a client name as IIF takes it: one line, Windows-1252, no quotes, no colon (that would make a job) */
    static String name(String s) {
        return Clean.line(text(s).replace(':', '-'), "-");
    }

    /** @return an account name: like a name, but colons stay as QuickBooks' sub-account separator */
    static String account(String s) {
        List<String> levels = new ArrayList<>();
        for (String level : text(s).split(":")) {
            String l = Clean.line(level, "");
            if (!l.isEmpty()) {
                levels.add(l);
            }
        }
        return levels.isEmpty() ? "-" : String.join(":", levels);
    }

    private static String text(String s) {
        String one = Clean.line(s, "-").replace('"', '\'');
        return Clean.keep(one, cp -> cp < ENCODABLE.length && ENCODABLE[cp], "?");
    }

    private static boolean[] encodable() {
        var encoder = CP1252.newEncoder();
        boolean[] ok = new boolean[0x10000];
        for (char c = 0; c < 0xFFFF; c++) {
            ok[c] = !Character.isSurrogate(c) && encoder.canEncode(c);
        }
        return ok;
    }

    /** Writes the file, with detail transaction types ({@code INVOICE}, {@code PAYMENT} …) or general journals. */
    void write(boolean detail) {
        declareAccounts();
        row("!CUST", "NAME");
        for (String c : columns.clientNames()) {
            row("CUST", clients.get(c));
        }
        row(TRNS);
        row(SPL);
        row("!ENDTRNS");
        for (int t = 0, n = columns.transactions(); t < n; t++) {
            transaction(t, detail);
            out.boundary();
        }
    }

    private void declareAccounts() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Map.Entry<String, AccountType> a : book.accounts().entrySet()) {
            String full = accounts.get(a.getKey());
            int at = full.indexOf(':');
            while (at > 0) {
                declared.putIfAbsent(full.substring(0, at), a.getValue().iif());
                at = full.indexOf(':', at + 1);
            }
            declared.put(full, a.getValue().iif());
        }
        row("!ACCNT", "NAME", "ACCNTTYPE");
        declared.forEach((name, type) -> row("ACCNT", name, type));
    }

    /** Writes TRNS, SPL lines and ENDTRNS; the cells every line repeats are written once and copied. */
    private void transaction(int t, boolean detail) {
        ExportColumns c = columns;
        Source source = c.source(t);
        String type = detail ? type(source) : "GENERAL JOURNAL";
        boolean named = detail && NAMED[source.ordinal()];
        int main = detail ? mainLine(t, MAIN[source.ordinal()]) : c.start(t);
        if (main < 0) {
            type = "GENERAL JOURNAL";
            named = false;
            main = c.start(t);
        }
        out.text("TRNS\t");
        int head = out.size();
        out.text(type).ascii('\t').bytes(dates[c.date(t)]);
        int headEnd = out.ascii('\t').size();
        int trnsName = c.client(main) >= 0 ? c.client(main) : named ? c.clientOf(t) : -1;
        line(c.account(main), trnsName, c.amount(main));
        int tail = out.size();
        out.ascii('\t');
        c.write(out, c.referenceText(t));
        out.ascii('\t');
        memo(c.referenceText(t), c.labelText(t));
        int tailEnd = out.ascii('\r').ascii('\n').size();
        lines.write(out, c, c.start(t), main, SPL_LEAD, head, headEnd, tail, tailEnd);
        lines.write(out, c, main + 1, c.end(t), SPL_LEAD, head, headEnd, tail, tailEnd);
        out.text("ENDTRNS\r\n");
    }

    /** Writes the memo: the reference and the record, cleaned for IIF and cut to its limit. */
    private void memo(int ref, int label) {
        ExportColumns c = columns;
        if (PLAIN.test(c, ref) && PLAIN.test(c, label) && c.length(ref) + 1 + c.length(label) <= MEMO_LIMIT) {
            c.write(out, ref);
            out.ascii(' ');
            c.write(out, label);
        } else {
            out.text(Clean.cut(text(c.text(ref) + " " + c.text(label)), MEMO_LIMIT));
        }
    }

    private void line(int account, int client, long amount) {
        out.bytes(accountCells[account]).ascii('\t');
        if (client >= 0) {
            out.bytes(clientCells[client]);
        }
        out.ascii('\t').amount(amount, scale, 0);
    }

    static String type(Source s) {
        return switch (s) {
            case INVOICE -> "INVOICE";
            case CREDIT_MEMO -> "CREDIT MEMO";
            case PAYMENT -> "PAYMENT";
            case DEPOSIT -> "DEPOSIT";
            case REFUND -> "CHECK";
            default -> "GENERAL JOURNAL";
        };
    }

    /** @return the line the TRNS row carries: A/R for documents, the bank side for money; -1 when there is none */
    private int mainLine(int t, AccountType wanted) {
        if (wanted == null) {
            return columns.start(t);
        }
        for (int i = columns.start(t), end = columns.end(t); i < end; i++) {
            if (columns.accountType(columns.account(i)) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private void row(String... cells) {
        out.text(String.join("\t", cells)).ascii('\r').ascii('\n');
    }
}
