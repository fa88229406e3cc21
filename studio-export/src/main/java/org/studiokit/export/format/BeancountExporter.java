package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.Names;
import org.studiokit.export.PlainText;

/**
 * {@code beancount}: a Beancount ledger (UTF-8, LF): an {@code open} directive for every account on the first
 * transaction's date, then each transaction with the client as payee, the record as narration, the stable reference
 * as a link and a {@code ref} metadata value, and the client on each posting that names one. Account components are
 * ASCII letters, digits and dashes, starting with a capital or digit, as Beancount requires.
 */
public final class BeancountExporter implements Exporter {
    private static final PlainText PLAIN = PlainText.except("\\\"");

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
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(StandardCharsets.UTF_8, transactions, 240);
        out.text("; StudioKit export, studio " + book.options().studio() + ", batches " + book.batchNumbers()
                + "\noption \"operating_currency\" \"" + cur + "\"\n\n");
        LocalDate first = transactions.stream().map(ExportTransaction::date).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1));
        book.accounts().keySet().forEach(a -> out.text(first + " open " + accounts.get(a) + " " + cur + "\n"));
        Cells payees = new Cells(BeancountExporter::string, out);
        Cells clients = new Cells(c -> "    client: " + string(c) + "\n", out);
        Cells names = new Cells(a -> "  " + accounts.get(a) + "  ", out);
        byte[] unit = out.encode(" " + cur + "\n");
        Dates dates = new Dates(null, out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            String client = t.client();
            out.ascii('\n');
            dates.write(t.date());
            out.text(" * ");
            if (client == null) {
                out.ascii('"').ascii('"');
            } else {
                payees.write(client);
            }
            out.ascii(' ');
            string(out, t.label());
            out.text(" ^").text(t.reference()).text("\n  ref: ");
            string(out, t.reference());
            out.ascii('\n');
            for (ExportLine l : t.lines()) {
                names.write(l.account());
                out.amount(l.amount(), scale, 0).bytes(unit);
                if (l.client() != null) {
                    clients.write(l.client());
                }
            }
        }
        return out.toByteArray();
    }

    private static void string(ExportBuffer out, String s) {
        if (PLAIN.test(s)) {
            out.ascii('"').text(s).ascii('"');
        } else {
            out.text(string(s));
        }
    }
}
