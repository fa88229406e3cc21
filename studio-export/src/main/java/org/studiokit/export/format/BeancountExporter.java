package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * {@code beancount}: a Beancount ledger (UTF-8, LF): an {@code open} directive for every account on the first
 * transaction's date, then each transaction with the client as payee, the record as narration, the stable reference
 * as a link and a {@code ref} metadata value, and the client on each posting that names one. Account components are
 * ASCII letters, digits and dashes, starting with a capital or digit, as Beancount requires.
 */
public final class BeancountExporter implements Exporter {
    @Override
    public String id() {
        return "beancount";
    }

    @Override
    public String extension() {
        return "beancount";
    }

    /** @return the Beancount account name for each of the book's accounts */
    public static Names accounts(ExportBook book) {
        return Names.of(book.accounts().keySet(), 400, a -> book.type(a).root() + ":" + levels(a), '-');
    }

    private static String levels(String account) {
        List<String> out = new ArrayList<>();
        for (String level : account.split(":")) {
            String l = Clean.keep(Clean.line(level, ""), cp -> cp < 128 && Character.isLetterOrDigit(cp), "-")
                    .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
            if (!l.isEmpty()) {
                out.add(Character.isLetter(l.charAt(0)) ? Character.toUpperCase(l.charAt(0)) + l.substring(1) : l);
            }
        }
        return out.isEmpty() ? "X" : String.join(":", out);
    }

    /** @return a quoted Beancount string: one line, no quote or backslash inside */
    static String string(String s) {
        return '"' + Clean.line(s, "").replace('\\', '/').replace('"', '\'') + '"';
    }

    @Override
    public byte[] write(ExportBook book) {
        Names accounts = accounts(book);
        String cur = book.currency().getCurrencyCode();
        StringBuilder out = new StringBuilder(1 << 16).append("; StudioKit export, studio ").append(book.options().studio())
                .append(", batches ").append(book.batchNumbers()).append("\noption \"operating_currency\" \"")
                .append(cur).append("\"\n\n");
        LocalDate first = book.transactions().stream().map(ExportTransaction::date).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1));
        book.accounts().keySet().forEach(a -> out.append(first).append(" open ").append(accounts.get(a)).append(' ')
                .append(cur).append('\n'));
        Map<String, String> clients = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String unit = " " + cur + "\n";
        Dates dates = new Dates(null);
        for (ExportTransaction t : book.transactions()) {
            String client = t.client();
            out.append('\n').append(dates.get(t.date())).append(" * ")
                    .append(client == null ? "\"\"" : clients.computeIfAbsent(client, BeancountExporter::string))
                    .append(' ').append(string(t.label())).append(" ^").append(t.reference()).append("\n  ref: ")
                    .append(string(t.reference())).append('\n');
            for (ExportLine l : t.lines()) {
                out.append(names.computeIfAbsent(l.account(), a -> "  " + accounts.get(a) + "  "));
                book.appendAmount(out, l.amount()).append(unit);
                if (l.client() != null) {
                    out.append("    client: ").append(clients.computeIfAbsent(l.client(), BeancountExporter::string))
                            .append('\n');
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
