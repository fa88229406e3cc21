package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.Names;
import org.studiokit.export.PlainText;

/**
 * {@code beancount}: a Beancount ledger (UTF-8, LF): an {@code open} directive for every account on the first
 * transaction's date, then each transaction with the client as payee, the record as narration, the stable reference
 * as a link and a {@code ref} metadata value, and the client on each posting that names one. Account components are
 * ASCII letters, digits and dashes, starting with a capital or digit, as Beancount requires.
 */
public final class BeancountExporter extends BufferedExporter {
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
    Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 240;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        Names accounts = accounts(book);
        String cur = book.currency().getCurrencyCode();
        out.text("; StudioKit export, studio " + book.options().studio() + ", batches " + book.batchNumbers()
                + "\noption \"operating_currency\" \"" + cur + "\"\n\n");
        LocalDate first = null;
        for (int d = 0; d < c.dayCount(); d++) {
            first = first == null || c.day(d).isBefore(first) ? c.day(d) : first;
        }
        LocalDate opened = first == null ? LocalDate.of(2000, 1, 1) : first;
        book.accounts().keySet().forEach(a -> out.text(opened + " open " + accounts.get(a) + " " + cur + "\n"));
        byte[][] payees = Cells.clients(c, out, BeancountExporter::string);
        byte[][] clients = Cells.clients(c, out, n -> "    client: " + string(n) + "\n");
        byte[][] names = Cells.accounts(c, out, a -> "  " + accounts.get(a) + "  ");
        byte[] unit = out.encode(" " + cur + "\n");
        byte[][] dates = Cells.dates(c, out, null);
        int scale = book.scale();
        for (int t = 0, n = c.transactions(); t < n; t++) {
            int payee = c.clientOf(t);
            out.ascii('\n').bytes(dates[c.date(t)]).text(" * ");
            if (payee < 0) {
                out.ascii('"').ascii('"');
            } else {
                out.bytes(payees[payee]);
            }
            out.ascii(' ');
            string(out, c, c.labelText(t));
            int ref = c.referenceText(t);
            out.text(" ^");
            c.write(out, ref);
            out.text("\n  ref: ");
            string(out, c, ref);
            out.ascii('\n');
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                out.bytes(names[c.account(i)]).amount(c.amount(i), scale, 0).bytes(unit);
                int client = c.client(i);
                if (client >= 0) {
                    out.bytes(clients[client]);
                }
            }
            out.boundary();
        }
    }

    private static void string(ExportBuffer out, ExportColumns c, int text) {
        if (PLAIN.test(c, text)) {
            out.ascii('"');
            c.write(out, text);
            out.ascii('"');
        } else {
            out.text(string(c.text(text)));
        }
    }
}
