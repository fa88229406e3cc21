package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.PlainText;

/**
 * {@code myob}: MYOB AccountRight general journal import, tab-delimited with a header record; each line of a journal
 * repeats its number, date and memo, and a blank line ends each journal (MYOB's multi-line record layout). Amounts
 * are never negative: a debit or a credit column. The memo starts with the stable reference (EXP-3); the journal
 * number is {@code batch-entry} when that fits MYOB's 8 characters, else left blank for MYOB to number.
 */
public final class MyobExporter extends BufferedExporter {
    static final String[] HEADER = {"Journal Number", "Date", "Memo", "Account Number", "Debit Amount",
        "Credit Amount", "Allocation Memo"};
    static final int MEMO_LIMIT = 255;
    private static final PlainText PLAIN = PlainText.except("\":");

    @Override
    public String id() {
        return "myob";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    Charset charset() {
        return Iif.CP1252;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 232;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        out.text(String.join("\t", HEADER)).ascii('\r').ascii('\n');
        byte[][] dates = Cells.dates(c, out, DateTimeFormatter.ofPattern(book.options().myobDatePattern()));
        byte[][] codes = Cells.accounts(c, out, a -> Sage50Exporter.code(book.options().code(a)));
        byte[][] clients = Cells.clients(c, out, n -> Clean.cut(Iif.name(n), MEMO_LIMIT));
        Journal journal = new Journal(out, c, dates, codes, clients, book.scale());
        for (int t = 0, n = c.transactions(); t < n; t++) {
            journal.write(t);
            out.boundary();
        }
    }

    /** Writes one journal: its lines repeat its number, date and memo; a blank line ends it. */
    private record Journal(ExportBuffer out, ExportColumns c, byte[][] dates, byte[][] codes, byte[][] clients,
            int scale) {
        void write(int t) {
            int head = out.size();
            out.number(c.batch(t)).ascii('-').number(c.entry(t));
            if (out.size() - head > 8) {
                out.truncate(head);
            }
            out.ascii('\t').bytes(dates[c.date(t)]).ascii('\t');
            memo(out, c, c.referenceText(t), c.labelText(t));
            int headEnd = out.ascii('\t').size();
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                if (i > c.start(t)) {
                    out.repeat(head, headEnd);
                }
                line(i);
            }
            out.ascii('\r').ascii('\n');
        }

        private void line(int i) {
            out.bytes(codes[c.account(i)]).ascii('\t');
            long amount = c.amount(i);
            long debit = Math.max(amount, 0);
            long credit = Math.max(-amount, 0);
            if (debit != 0) {
                out.amount(debit, scale, 2);
            }
            out.ascii('\t');
            if (credit != 0) {
                out.amount(credit, scale, 2);
            }
            out.ascii('\t');
            int client = c.client(i);
            if (client >= 0) {
                out.bytes(clients[client]);
            }
            out.ascii('\r').ascii('\n');
        }
    }

    /** Writes the journal memo: the reference and the record, as an IIF name, cut to MYOB's limit. */
    private static void memo(ExportBuffer out, ExportColumns c, int ref, int label) {
        if (PLAIN.test(c, ref) && PLAIN.test(c, label) && c.length(ref) + 1 + c.length(label) <= MEMO_LIMIT) {
            c.write(out, ref);
            out.ascii(' ');
            c.write(out, label);
        } else {
            out.text(Clean.cut(Iif.name(c.text(ref) + " " + c.text(label)), MEMO_LIMIT));
        }
    }
}
