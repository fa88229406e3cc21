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
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Names;
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

    private final ExportBook book;
    private final java.util.SortedSet<String> clientNames;
    private final Names clients;
    private final Names accounts;
    private final Dates dates;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Iif(ExportBook book) {
        this.book = book;
        this.clientNames = book.clients();
        this.clients = Names.of(clientNames, NAME_LIMIT, Iif::name, '~');
        this.accounts = Names.of(book.accounts().keySet(), ACCOUNT_LIMIT, Iif::account, '~');
        this.dates = new Dates(DateTimeFormatter.ofPattern(book.options().iifDatePattern()));
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

    byte[] write(List<ExportTransaction> transactions, boolean detail) {
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
        return out.toString().getBytes(CP1252);
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

    private void transaction(ExportTransaction t, boolean detail) {
        String type = detail ? type(t.source()) : "GENERAL JOURNAL";
        int main = detail ? mainLine(t, type) : 0;
        if (main < 0) {
            type = "GENERAL JOURNAL";
            main = 0;
        }
        String memo = Clean.cut(text(t.reference() + " " + t.label()), MEMO_LIMIT);
        String tail = "\t" + t.reference() + "\t" + memo + "\r\n";
        String trnsHead = "TRNS\t" + type + "\t" + dates.get(t.date()) + "\t";
        List<ExportLine> lines = t.lines();
        ExportLine first = lines.get(main);
        String trnsName = first.client() != null ? first.client() : NAMED.contains(type) ? t.client() : null;
        line(trnsHead, first.account(), trnsName, first.amount(), tail);
        String splHead = "SPL" + trnsHead.substring(4);
        for (int i = 0; i < lines.size(); i++) {
            if (i != main) {
                ExportLine l = lines.get(i);
                line(splHead, l.account(), l.client(), l.amount(), tail);
            }
        }
        out.append("ENDTRNS\r\n");
    }

    private static final Set<String> NAMED = Set.of("PAYMENT", "CHECK", "INVOICE", "CREDIT MEMO");

    private void line(String head, String account, String client, long amount, String tail) {
        out.append(head).append(accounts.get(account)).append('\t');
        if (client != null) {
            out.append(clients.get(client));
        }
        book.appendAmount(out.append('\t'), amount).append(tail);
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
        out.append(String.join("\t", cells)).append("\r\n");
    }
}
