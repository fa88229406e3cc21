package org.studiokit.export.format;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

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
        Dates dates = new Dates(DateTimeFormatter.ofPattern(book.options().myobDatePattern()));
        StringBuilder out = new StringBuilder(1 << 16).append(String.join("\t", HEADER)).append("\r\n");
        Map<String, String> codes = new HashMap<>();
        Map<String, String> clients = new HashMap<>();
        for (ExportTransaction t : book.transactions()) {
            String number = t.batch() + "-" + t.entry();
            number = number.length() <= 8 ? number : "";
            String head = number + '\t' + dates.get(t.date()) + '\t'
                    + Clean.cut(Iif.name(t.reference() + " " + t.label()), MEMO_LIMIT) + '\t';
            for (ExportLine l : t.lines()) {
                out.append(head).append(codes.computeIfAbsent(l.account(),
                        a -> Sage50Exporter.code(book.options().code(a)))).append('\t');
                if (l.debit() != 0) {
                    book.appendAmount(out, l.debit(), 2);
                }
                out.append('\t');
                if (l.credit() != 0) {
                    book.appendAmount(out, l.credit(), 2);
                }
                out.append('\t');
                if (l.client() != null) {
                    out.append(clients.computeIfAbsent(l.client(), c -> Clean.cut(Iif.name(c), MEMO_LIMIT)));
                }
                out.append("\r\n");
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(Iif.CP1252);
    }
}
