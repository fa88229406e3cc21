package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

/**
 * {@code xero}: Xero's manual journal import CSV. Rows with the same Narration and Date form one journal, so each
 * transaction's Narration starts with its stable reference (EXP-3); Amount is signed (positive debit); AccountCode is
 * the mapped code (or the account name); every line carries the configured tax rate name.
 */
public final class XeroExporter implements Exporter {
    static final String[] HEADER = {"*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount",
        "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public String id() {
        return "xero";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] write(ExportBook book) {
        Csv csv = new Csv("\r\n").texts(HEADER);
        Map<String, String> cells = new HashMap<>();
        String taxRate = Csv.text(book.options().xeroTaxRate());
        for (ExportTransaction t : book.transactions()) {
            String narration = Csv.text(t.reference() + " " + t.label());
            String date = DATE.format(t.date());
            for (ExportLine l : t.lines()) {
                csv.row(List.of(narration, date, l.client() == null ? "" : cells.computeIfAbsent(l.client(),
                        Csv::text), cells.computeIfAbsent("\0" + l.account(), a -> Csv.text(book.options().code(
                        a.substring(1)))), taxRate, book.amount(l.amount()), "", "", "", ""));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
