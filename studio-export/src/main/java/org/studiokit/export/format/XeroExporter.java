package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.PlainText;

/**
 * {@code xero}: Xero's manual journal import CSV. Rows with the same Narration and Date form one journal, so each
 * transaction's Narration starts with its stable reference (EXP-3); Amount is signed (positive debit); AccountCode is
 * the mapped code (or the account name); every line carries the configured tax rate name.
 */
public final class XeroExporter extends BufferedExporter {
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
    Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 250;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        out.text(new Csv("\r\n").texts(HEADER).toString());
        byte[][] clients = Cells.clients(c, out, Csv::text);
        byte[][] codes = Cells.accounts(c, out, a -> Csv.text(book.options().code(a)));
        byte[] taxRate = out.encode(Csv.text(book.options().xeroTaxRate()));
        byte[][] dates = Cells.dates(c, out, DATE);
        int scale = book.scale();
        for (int t = 0, n = c.transactions(); t < n; t++) {
            int head = out.size();
            int ref = c.referenceText(t);
            int label = c.labelText(t);
            if (!PlainText.formula(c, ref) && CsvExporter.PLAIN.test(c, ref) && CsvExporter.PLAIN.test(c, label)) {
                c.write(out, ref);
                out.ascii(' ');
                c.write(out, label);
            } else {
                out.text(Csv.text(c.text(ref) + " " + c.text(label)));
            }
            int headEnd = out.ascii(',').bytes(dates[c.date(t)]).ascii(',').size();
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                if (i > c.start(t)) {
                    out.repeat(head, headEnd);
                }
                int client = c.client(i);
                if (client >= 0) {
                    out.bytes(clients[client]);
                }
                out.ascii(',').bytes(codes[c.account(i)]).ascii(',').bytes(taxRate).ascii(',')
                        .amount(c.amount(i), scale, 0).text(",,,,\r\n");
            }
            out.boundary();
        }
    }
}
