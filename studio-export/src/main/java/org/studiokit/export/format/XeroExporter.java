package org.studiokit.export.format;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
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
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(StandardCharsets.UTF_8, transactions, 250);
        out.text(new Csv("\r\n").texts(HEADER).toString());
        Cells clients = new Cells(Csv::text, out);
        Cells codes = new Cells(a -> Csv.text(book.options().code(a)), out);
        byte[] taxRate = out.encode(Csv.text(book.options().xeroTaxRate()));
        Dates dates = new Dates(DATE, out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            int head = out.size();
            if (CsvExporter.plain(t.reference()) && CsvExporter.PLAIN.test(t.label())) {
                out.text(t.reference()).ascii(' ').text(t.label());
            } else {
                out.text(Csv.text(t.reference() + " " + t.label()));
            }
            out.ascii(',');
            dates.write(t.date());
            int headEnd = out.ascii(',').size();
            boolean first = true;
            for (ExportLine l : t.lines()) {
                if (!first) {
                    out.repeat(head, headEnd);
                }
                first = false;
                if (l.client() != null) {
                    clients.write(l.client());
                }
                out.ascii(',');
                codes.write(l.account());
                out.ascii(',').bytes(taxRate).ascii(',').amount(l.amount(), scale, 0).text(",,,,\r\n");
            }
        }
        return out.toByteArray();
    }
}
