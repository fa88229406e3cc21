package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
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
 * {@code ledger}: a ledger/hledger journal (UTF-8, LF): the commodity and every account declared first, so
 * {@code hledger check --strict} and {@code ledger --pedantic} accept it; each transaction dated, cleared, with the
 * stable reference as its code and a {@code ref:} tag; client names as posting comments. Accounts sit under
 * Assets, Liabilities, Income or Expenses by their type; colons in a studio account name stay sub-account separators.
 */
public final class LedgerExporter implements Exporter {
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
    public byte[] write(ExportBook book) {
        Names accounts = accounts(book);
        String cur = book.currency().getCurrencyCode();
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(StandardCharsets.UTF_8, transactions, 224);
        out.text("; StudioKit export, studio " + book.options().studio() + ", batches " + book.batchNumbers()
                + "\n\ncommodity " + cur + "\n");
        book.accounts().keySet().forEach(a -> out.text("account " + accounts.get(a) + "\n"));
        Cells names = new Cells(a -> "    " + accounts.get(a) + "  ", out);
        Cells clients = new Cells(c -> " " + cur + "  ; client " + text(c).replace(':', '-') + "\n", out);
        byte[] unit = out.encode(" " + cur + "\n");
        Dates dates = new Dates(null, out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            out.ascii('\n');
            dates.write(t.date());
            out.text(" * (").text(t.reference()).ascii(')').ascii(' ');
            out.text(PLAIN.test(t.label()) ? t.label() : text(t.label()));
            out.text("\n    ; ref:").text(t.reference()).ascii('\n');
            for (ExportLine l : t.lines()) {
                names.write(l.account());
                out.amount(l.amount(), scale, 0);
                if (l.client() != null) {
                    clients.write(l.client());
                } else {
                    out.bytes(unit);
                }
            }
        }
        return out.toByteArray();
    }
}
