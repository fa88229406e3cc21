package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
        for (ExportTransaction t : book.transactions()) {
            String narration = Csv.text(t.reference() + " " + t.label());
            for (ExportLine l : t.lines()) {
                csv.row(List.of(narration, DATE.format(t.date()), Csv.text(l.client() == null ? "" : l.client()),
                        Csv.text(book.options().code(l.account())), Csv.text(book.options().xeroTaxRate()),
                        book.amount(l.amount()), "", "", "", ""));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
