package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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
        Csv csv = new Csv("\r\n").texts(HEADER);
        Map<String, String> cells = new HashMap<>();
        for (ExportTransaction t : book.transactions()) {
            String reference = Csv.text(t.reference());
            String batch = Long.toString(t.batch());
            String entry = Integer.toString(t.entry());
            String date = t.date().toString();
            String label = Csv.text(t.label());
            String memo = Csv.text(t.memo());
            for (ExportLine l : t.lines()) {
                csv.row(List.of(reference, batch, entry, date, t.source().name(), label,
                        cells.computeIfAbsent(l.account(), Csv::text),
                        l.client() == null ? "" : cells.computeIfAbsent(l.client(), Csv::text),
                        l.debit() == 0 ? "" : book.amount(l.debit()), l.credit() == 0 ? "" : book.amount(l.credit()),
                        memo));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
