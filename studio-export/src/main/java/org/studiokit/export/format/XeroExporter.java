package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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
        StringBuilder out = new StringBuilder(1 << 16).append(new Csv("\r\n").texts(HEADER));
        Map<String, String> cells = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        String taxRate = Csv.text(book.options().xeroTaxRate());
        Dates dates = new Dates(DATE);
        for (ExportTransaction t : book.transactions()) {
            String head = Csv.text(t.reference() + " " + t.label()) + ',' + dates.get(t.date()) + ',';
            for (ExportLine l : t.lines()) {
                out.append(head);
                if (l.client() != null) {
                    out.append(cells.computeIfAbsent(l.client(), Csv::text));
                }
                out.append(',').append(codes.computeIfAbsent(l.account(), a -> Csv.text(book.options().code(a))))
                        .append(',').append(taxRate).append(',');
                book.appendAmount(out, l.amount()).append(",,,,\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
