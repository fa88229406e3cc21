package org.studiokit.examples.print;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.party.Client;
import org.studiokit.posting.report.Reports;

/**
 * A studio's printouts as PDF: an invoice, a work order (or purchase order) and a client's statement. Each method
 * reads the studio through its public queries and returns the PDF's bytes; nothing is changed. A record that does
 * not exist, or is void (DOC-12), is refused with {@code NOT_FOUND} naming its number.
 *
 * <p>Barcodes (BAR-2): an invoice carries its {@code I…} barcode when the options say invoices do, a work or
 * purchase order its {@code P…} barcode when they say production orders do; a statement carries none.
 */
public final class Printouts {
    /**
     * The barcode options of a studio on the command line: its settings do not store barcode options, so invoices
     * and work and purchase orders carry barcodes (BAR-2), client and session printouts do not.
     */
    public static final BarcodeOptions STUDIO_BARCODES = new BarcodeOptions(false, false, true, true);

    private final Studio studio;
    private final Reports reports;
    private final BarcodeOptions barcodes;
    private final String studioName;

    /**
     * @param studio     the studio
     * @param reports    its reports (the statement's aging is the A/R aging's, RPT-1)
     * @param barcodes   which printouts carry barcodes
     * @param studioName the name printed at the top of every printout
     */
    public Printouts(Studio studio, Reports reports, BarcodeOptions barcodes, String studioName) {
        this.studio = Objects.requireNonNull(studio, "studio");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.barcodes = Objects.requireNonNull(barcodes, "barcodes");
        this.studioName = Objects.requireNonNull(studioName, "studioName");
    }

    /**
     * @param number the invoice (document) number
     * @return the invoice as PDF: lines, discounts, taxes per rate, total, payments and credits, balance due
     * @throws StudioException {@code NOT_FOUND} when there is no such document or it is void
     */
    public byte[] invoice(long number) {
        Document doc = studio.invoices().byNumber(number);
        if (doc.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "invoice " + number + " is void", "document", number);
        }
        return new InvoicePrintout(studio, barcodes, studioName).render(doc);
    }

    /**
     * @param number the production order number
     * @return the work order (or purchase order) as PDF: the order, its invoice, client, items and status history
     * @throws StudioException {@code NOT_FOUND} when there is no such order or it is void
     */
    public byte[] workOrder(long number) {
        return new WorkOrderPrintout(studio, barcodes, studioName).render(studio.production().byNumber(number));
    }

    /**
     * @param clientNumber the client number
     * @param asOf         the statement date
     * @return the client's statement as PDF: open documents with their balances as of the date, the aging buckets of
     *         the A/R aging report and the total due
     * @throws StudioException {@code NOT_FOUND} when there is no such client
     */
    public byte[] statement(long clientNumber, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Client client = studio.clients().byNumber(clientNumber);
        return new StatementPrintout(studio, reports, studioName).render(client, asOf);
    }
}
