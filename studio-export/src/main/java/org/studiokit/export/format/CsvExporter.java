package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.PlainText;

/**
 * {@code csv}: plain CSV of journal lines (RFC 4180, UTF-8, CRLF), one row per line with the transaction's stable
 * reference, debit and credit in separate columns; text cells are neutralised against formulas (EXP-5).
 */
public final class CsvExporter implements Exporter {
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

    /** @return whether {@link Csv#text} leaves a value as it is */
    static boolean plain(String value) {
        return PLAIN.test(value) && "=+-@".indexOf(value.charAt(0)) < 0;
    }

    @Override
    public byte[] write(ExportBook book) {
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(StandardCharsets.UTF_8, transactions, 300);
        out.text(new Csv("\r\n").texts(HEADER).toString());
        Cells cells = new Cells(Csv::text, out);
        Dates dates = new Dates(null, out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            int head = out.size();
            cell(out, t.reference());
            out.ascii(',').number(t.batch()).ascii(',').number(t.entry()).ascii(',');
            dates.write(t.date());
            out.ascii(',').text(t.source().name()).ascii(',');
            int label = out.size();
            cell(out, t.label());
            int headEnd = out.ascii(',').size();
            int memo = -1;
            int memoEnd = -1;
            for (ExportLine l : t.lines()) {
                if (memo >= 0) {
                    out.repeat(head, headEnd);
                }
                cells.write(l.account());
                out.ascii(',');
                if (l.client() != null) {
                    cells.write(l.client());
                }
                out.ascii(',');
                if (l.debit() != 0) {
                    out.amount(l.debit(), scale, 0);
                }
                out.ascii(',');
                if (l.credit() != 0) {
                    out.amount(l.credit(), scale, 0);
                }
                out.ascii(',');
                if (memo < 0) {
                    memo = out.size();
                    if (t.memo().equals(t.label())) {
                        out.repeat(label, headEnd - 1);
                    } else {
                        cell(out, t.memo());
                    }
                    memoEnd = out.ascii('\r').ascii('\n').size();
                } else {
                    out.repeat(memo, memoEnd);
                }
            }
        }
        return out.toByteArray();
    }
}
