package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

/**
 * {@code csv}: plain CSV of journal lines (RFC 4180, UTF-8, CRLF), one row per line with the transaction's stable
 * reference, debit and credit in separate columns; text cells are neutralised against formulas (EXP-5).
 */
public final class CsvExporter implements Exporter {
    static final String[] HEADER = {"Reference", "Batch", "Entry", "Date", "Source", "Record", "Account", "Client",
        "Debit", "Credit", "Memo"};

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] write(ExportBook book) {
        StringBuilder out = new StringBuilder(1 << 16).append(new Csv("\r\n").texts(HEADER));
        Map<String, String> cells = new HashMap<>();
        Dates dates = new Dates(null);
        for (ExportTransaction t : book.transactions()) {
            String head = Csv.text(t.reference()) + ',' + t.batch() + ',' + t.entry() + ',' + dates.get(t.date())
                    + ',' + t.source().name() + ',' + Csv.text(t.label()) + ',';
            String memo = Csv.text(t.memo());
            for (ExportLine l : t.lines()) {
                out.append(head).append(cells.computeIfAbsent(l.account(), Csv::text)).append(',');
                if (l.client() != null) {
                    out.append(cells.computeIfAbsent(l.client(), Csv::text));
                }
                out.append(',');
                if (l.debit() != 0) {
                    book.appendAmount(out, l.debit());
                }
                out.append(',');
                if (l.credit() != 0) {
                    book.appendAmount(out, l.credit());
                }
                out.append(',').append(memo).append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
