package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.Names;

/**
 * {@code ledger}: a ledger/hledger journal (UTF-8, LF): the commodity and every account declared first, so
 * {@code hledger check --strict} and {@code ledger --pedantic} accept it; each transaction dated, cleared, with the
 * stable reference as its code and a {@code ref:} tag; client names as posting comments. Accounts sit under
 * Assets, Liabilities, Income or Expenses by their type; colons in a studio account name stay sub-account separators.
 */
public final class LedgerExporter implements Exporter {
    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String extension() {
        return "journal";
    }

    /** @return the journal's account name for each of the book's accounts */
    public static Names accounts(ExportBook book) {
        return Names.of(book.accounts().keySet(), 400, a -> book.type(a).root() + ":" + levels(a), '-');
    }

    private static String levels(String account) {
        List<String> out = new ArrayList<>();
        for (String level : account.split(":")) {
            String l = Clean.line(Clean.keep(Clean.line(level, ""), cp -> Character.isLetterOrDigit(cp)
                    || " &-.'/_".indexOf(cp) >= 0, "-"), "");
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out.isEmpty() ? "-" : String.join(":", out);
    }

    /** @return text for a description or comment: one line, no semicolon */
    static String text(String s) {
        return Clean.line(s, "-").replace(';', ',');
    }

    @Override
    public byte[] write(ExportBook book) {
        Names accounts = accounts(book);
        String cur = book.currency().getCurrencyCode();
        StringBuilder out = new StringBuilder(1 << 16).append("; StudioKit export, studio ").append(book.options().studio())
                .append(", batches ").append(book.batchNumbers()).append("\n\ncommodity ").append(cur).append("\n");
        book.accounts().keySet().forEach(a -> out.append("account ").append(accounts.get(a)).append('\n'));
        Map<String, String> clients = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String unit = " " + cur + "\n";
        Dates dates = new Dates(null);
        for (ExportTransaction t : book.transactions()) {
            out.append('\n').append(dates.get(t.date())).append(" * (").append(t.reference()).append(") ")
                    .append(text(t.label())).append("\n    ; ref:").append(t.reference()).append('\n');
            for (ExportLine l : t.lines()) {
                out.append(names.computeIfAbsent(l.account(), a -> "    " + accounts.get(a) + "  "));
                book.appendAmount(out, l.amount());
                if (l.client() != null) {
                    out.append(' ').append(cur).append(clients.computeIfAbsent(l.client(),
                            c -> "  ; client " + text(c).replace(':', '-'))).append('\n');
                } else {
                    out.append(unit);
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
