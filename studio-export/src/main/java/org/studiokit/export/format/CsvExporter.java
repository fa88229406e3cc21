package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.PlainText;
import org.studiokit.export.Source;

/**
 * {@code csv}: plain CSV of journal lines (RFC 4180, UTF-8, CRLF), one row per line with the transaction's stable
 * reference, debit and credit in separate columns; text cells are neutralised against formulas (EXP-5).
 */
public final class CsvExporter extends BufferedExporter {
    static final String[] HEADER = {"Reference", "Batch", "Entry", "Date", "Source", "Record", "Account", "Client",
        "Debit", "Credit", "Memo"};
    /** Text that needs no cleaning or quoting in a CSV cell (it may still need neutralising). */
    static final PlainText PLAIN = PlainText.except(",\";");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    /** Appends a text cell as {@link Csv#text} makes it, straight away when it needs no cleaning or quoting. */
    static void cell(ExportBuffer out, String value) {
        if (value.isEmpty() || "=+-@".indexOf(value.charAt(0)) >= 0 || !PLAIN.write(out, value)) {
            out.text(Csv.text(value));
        }
    }

    /** Appends a text cell of the book's columns as {@link Csv#text} makes it, copying it when it is plain. */
    static void cell(ExportBuffer out, ExportColumns c, int text) {
        if (PlainText.formula(c, text) || !PLAIN.write(out, c, text)) {
            out.text(Csv.text(c.text(text)));
        }
    }

    /** @return whether {@link Csv#text} leaves a value as it is */
    static boolean plain(String value) {
        return PLAIN.test(value) && "=+-@".indexOf(value.charAt(0)) < 0;
    }

    @Override
    Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 300;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        out.text(new Csv("\r\n").texts(HEADER).toString());
        byte[][] accounts = Cells.accounts(c, out, Csv::text);
        byte[][] clients = Cells.clients(c, out, Csv::text);
        byte[][] dates = Cells.dates(c, out, null);
        byte[][] sources = new byte[Source.values().length][];
        for (Source s : Source.values()) {
            sources[s.ordinal()] = out.encode(s.name());
        }
        int scale = book.scale();
        for (int t = 0, n = c.transactions(); t < n; t++) {
            int head = out.size();
            cell(out, c, c.referenceText(t));
            out.ascii(',').number(c.batch(t)).ascii(',').number(c.entry(t)).ascii(',').bytes(dates[c.date(t)])
                    .ascii(',').bytes(sources[c.source(t).ordinal()]).ascii(',');
            int label = out.size();
            cell(out, c, c.labelText(t));
            int headEnd = out.ascii(',').size();
            int memo = -1;
            int memoEnd = -1;
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                if (memo >= 0) {
                    out.repeat(head, headEnd);
                }
                out.bytes(accounts[c.account(i)]).ascii(',');
                int client = c.client(i);
                if (client >= 0) {
                    out.bytes(clients[client]);
                }
                out.ascii(',');
                long amount = c.amount(i);
                long debit = Math.max(amount, 0);
                long credit = Math.max(-amount, 0);
                if (debit != 0) {
                    out.amount(debit, scale, 0);
                }
                out.ascii(',');
                if (credit != 0) {
                    out.amount(credit, scale, 0);
                }
                out.ascii(',');
                if (memo < 0) {
                    memo = out.size();
                    if (c.memoIsLabel(t)) {
                        out.repeat(label, headEnd - 1);
                    } else {
                        cell(out, c.memo(t));
                    }
                    memoEnd = out.ascii('\r').ascii('\n').size();
                } else {
                    out.repeat(memo, memoEnd);
                }
            }
            out.boundary();
        }
    }
}
