package org.studiokit.export.format;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.PlainText;

/**
 * {@code myob}: MYOB AccountRight general journal import, tab-delimited with a header record; each line of a journal
 * repeats its number, date and memo, and a blank line ends each journal (MYOB's multi-line record layout). Amounts
 * are never negative: a debit or a credit column. The memo starts with the stable reference (EXP-3); the journal
 * number is {@code batch-entry} when that fits MYOB's 8 characters, else left blank for MYOB to number.
 */
public final class MyobExporter implements Exporter {
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
    public byte[] write(ExportBook book) {
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(Iif.CP1252, transactions, 232);
        out.text(String.join("\t", HEADER)).ascii('\r').ascii('\n');
        Dates dates = new Dates(DateTimeFormatter.ofPattern(book.options().myobDatePattern()), out);
        Cells codes = new Cells(a -> Sage50Exporter.code(book.options().code(a)), out);
        Cells clients = new Cells(c -> Clean.cut(Iif.name(c), MEMO_LIMIT), out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            int head = out.size();
            out.number(t.batch()).ascii('-').number(t.entry());
            if (out.size() - head > 8) {
                out.truncate(head);
            }
            out.ascii('\t');
            dates.write(t.date());
            out.ascii('\t');
            memo(out, t);
            int headEnd = out.ascii('\t').size();
            boolean first = true;
            for (ExportLine l : t.lines()) {
                if (!first) {
                    out.repeat(head, headEnd);
                }
                first = false;
                codes.write(l.account());
                out.ascii('\t');
                if (l.debit() != 0) {
                    out.amount(l.debit(), scale, 2);
                }
                out.ascii('\t');
                if (l.credit() != 0) {
                    out.amount(l.credit(), scale, 2);
                }
                out.ascii('\t');
                if (l.client() != null) {
                    clients.write(l.client());
                }
                out.ascii('\r').ascii('\n');
            }
            out.ascii('\r').ascii('\n');
        }
        return out.toByteArray();
    }

    /** Writes the journal memo: the reference and the record, as an IIF name, cut to MYOB's limit. */
    private static void memo(ExportBuffer out, ExportTransaction t) {
        String ref = t.reference();
        String label = t.label();
        if (PLAIN.test(ref) && PLAIN.test(label) && ref.length() + 1 + label.length() <= MEMO_LIMIT) {
            out.text(ref).ascii(' ').text(label);
        } else {
            out.text(Clean.cut(Iif.name(ref + " " + label), MEMO_LIMIT));
        }
    }
}
