package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.Names;
import org.studiokit.export.PlainText;

/**
 * {@code ledger}: a ledger/hledger journal (UTF-8, LF): the commodity and every account declared first, so
 * {@code hledger check --strict} and {@code ledger --pedantic} accept it; each transaction dated, cleared, with the
 * stable reference as its code and a {@code ref:} tag; client names as posting comments. Accounts sit under
 * Assets, Liabilities, Income or Expenses by their type; colons in a studio account name stay sub-account separators.
 */
public final class LedgerExporter extends BufferedExporter {
    private static final PlainText PLAIN = PlainText.except(";");

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
    Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 224;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        Names accounts = accounts(book);
        String cur = book.currency().getCurrencyCode();
        out.text("; StudioKit export, studio " + book.options().studio() + ", batches " + book.batchNumbers()
                + "\n\ncommodity " + cur + "\n");
        book.accounts().keySet().forEach(a -> out.text("account " + accounts.get(a) + "\n"));
        byte[][] names = Cells.accounts(c, out, a -> "    " + accounts.get(a) + "  ");
        byte[][] clients = Cells.clients(c, out, n -> " " + cur + "  ; client " + text(n).replace(':', '-') + "\n");
        byte[] unit = out.encode(" " + cur + "\n");
        byte[][] dates = Cells.dates(c, out, null);
        int scale = book.scale();
        for (int t = 0, n = c.transactions(); t < n; t++) {
            int ref = c.referenceText(t);
            int label = c.labelText(t);
            out.ascii('\n').bytes(dates[c.date(t)]).text(" * (");
            c.write(out, ref);
            out.ascii(')').ascii(' ');
            if (!PLAIN.write(out, c, label)) {
                out.text(text(c.text(label)));
            }
            out.text("\n    ; ref:");
            c.write(out, ref);
            out.ascii('\n');
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                out.bytes(names[c.account(i)]).amount(c.amount(i), scale, 0);
                int client = c.client(i);
                out.bytes(client >= 0 ? clients[client] : unit);
            }
            out.boundary();
        }
    }
}
