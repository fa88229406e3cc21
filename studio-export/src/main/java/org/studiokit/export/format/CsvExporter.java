package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
        for (ExportTransaction t : book.transactions()) {
            for (ExportLine l : t.lines()) {
                csv.row(List.of(Csv.text(t.reference()), Long.toString(t.batch()), Integer.toString(t.entry()),
                        t.date().toString(), t.source().name(), Csv.text(t.label()), Csv.text(l.account()),
                        Csv.text(l.client() == null ? "" : l.client()), l.debit() == 0 ? "" : book.amount(l.debit()),
                        l.credit() == 0 ? "" : book.amount(l.credit()), Csv.text(t.memo())));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
