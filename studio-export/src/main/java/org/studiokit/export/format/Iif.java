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
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
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

    private final ExportBook book;
    private final java.util.SortedSet<String> clientNames;
    private final Names clients;
    private final Names accounts;
    private final List<ExportTransaction> transactions;
    private final ExportBuffer out;
    private final Dates dates;
    private final Cells accountCells;
    private final Cells clientCells;
    private final int scale;

    /**
     * @param book         the book
     * @param transactions its transactions as the file lists them (detail, or summarised per day)
     * @param capacity     about how many bytes the file takes
     */
    Iif(ExportBook book, List<ExportTransaction> transactions, int capacity) {
        this.book = book;
        this.transactions = transactions;
        this.clientNames = book.clients();
        this.clients = Names.of(clientNames, NAME_LIMIT, Iif::name, '~');
        this.accounts = Names.of(book.accounts().keySet(), ACCOUNT_LIMIT, Iif::account, '~');
        this.out = new ExportBuffer(CP1252, capacity);
        this.dates = new Dates(DateTimeFormatter.ofPattern(book.options().iifDatePattern()), out);
        this.accountCells = new Cells(accounts::get, out);
        this.clientCells = new Cells(clients::get, out);
        this.scale = book.scale();
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

    /** @return the file, with detail transaction types ({@code INVOICE}, {@code PAYMENT} …) or general journals */
    byte[] write(boolean detail) {
        declareAccounts();
        row("!CUST", "NAME");
        for (String c : clientNames) {
            row("CUST", clients.get(c));
        }
        row(TRNS);
        row(SPL);
        row("!ENDTRNS");
        for (ExportTransaction t : transactions) {
            transaction(t, detail);
        }
        return out.toByteArray();
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
    private void transaction(ExportTransaction t, boolean detail) {
        String type = detail ? type(t.source()) : "GENERAL JOURNAL";
        int main = detail ? mainLine(t, type) : 0;
        if (main < 0) {
            type = "GENERAL JOURNAL";
            main = 0;
        }
        List<ExportLine> lines = t.lines();
        ExportLine first = lines.get(main);
        out.text("TRNS\t");
        int head = out.size();
        out.text(type).ascii('\t');
        dates.write(t.date());
        int headEnd = out.ascii('\t').size();
        String trnsName = first.client() != null ? first.client() : NAMED.contains(type) ? t.client() : null;
        line(first.account(), trnsName, first.amount());
        int tail = out.size();
        out.ascii('\t').text(t.reference()).ascii('\t');
        memo(t);
        int tailEnd = out.ascii('\r').ascii('\n').size();
        for (int i = 0; i < lines.size(); i++) {
            if (i != main) {
                ExportLine l = lines.get(i);
                out.text("SPL\t").repeat(head, headEnd);
                line(l.account(), l.client(), l.amount());
                out.repeat(tail, tailEnd);
            }
        }
        out.text("ENDTRNS\r\n");
    }

    /** Writes the memo: the reference and the record, cleaned for IIF and cut to its limit. */
    private void memo(ExportTransaction t) {
        String ref = t.reference();
        String label = t.label();
        if (PLAIN.test(ref) && PLAIN.test(label) && ref.length() + 1 + label.length() <= MEMO_LIMIT) {
            out.text(ref).ascii(' ').text(label);
        } else {
            out.text(Clean.cut(text(ref + " " + label), MEMO_LIMIT));
        }
    }

    private static final Set<String> NAMED = Set.of("PAYMENT", "CHECK", "INVOICE", "CREDIT MEMO");

    private void line(String account, String client, long amount) {
        accountCells.write(account);
        out.ascii('\t');
        if (client != null) {
            clientCells.write(client);
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
    private int mainLine(ExportTransaction t, String type) {
        AccountType wanted = switch (type) {
            case "INVOICE", "CREDIT MEMO" -> AccountType.RECEIVABLE;
            case "PAYMENT", "DEPOSIT", "CHECK" -> AccountType.ASSET;
            default -> null;
        };
        if (wanted == null) {
            return 0;
        }
        for (int i = 0; i < t.lines().size(); i++) {
            if (book.type(t.lines().get(i).account()) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private void row(String... cells) {
        out.text(String.join("\t", cells)).ascii('\r').ascii('\n');
    }
}
