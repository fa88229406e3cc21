package org.studiokit.examples.print;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;
import org.studiokit.examples.print.PageWriter.Column;

/** Lays out a work order or purchase order: the order, its invoice and client, the items, the status history. */
final class WorkOrderPrintout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Column[] ITEMS = {new Column(0, 400, false), new Column(420, 92, true)};
    private static final Column[] HISTORY = {new Column(0, 120, false), new Column(125, 120, false),
        new Column(250, 120, false), new Column(375, 80, false), new Column(460, 52, false)};

    private final Studio studio;
    private final BarcodeOptions barcodes;
    private final String studioName;

    WorkOrderPrintout(Studio studio, BarcodeOptions barcodes, String studioName) {
        this.studio = studio;
        this.barcodes = barcodes;
        this.studioName = studioName;
    }

    byte[] render(ProductionOrder order) {
        PageWriter page = new PageWriter();
        page.title(studioName);
        page.heading((order.kind() == OrderKind.WORK_ORDER ? "Work order " : "Purchase order ") + order.number());
        barcodes.barcodeFor(order).ifPresent(p -> BarcodeBlock.draw(page, p));
        Document doc = studio.invoices().get(order.documentId());
        Client client = studio.clients().get(doc.clientId());
        page.text("Vendor: " + order.vendor());
        page.text("Order type: " + order.type());
        page.text("Status: " + order.status() + (order.heldAt() == null ? "" : " (held at " + order.heldAt() + ")"));
        if (order.due() != null) {
            page.text("Due: " + order.due());
        }
        page.text("Invoice: " + doc.number() + " (" + Words.of(doc.type()) + ", " + doc.date() + ")");
        page.text("Client: " + client.name() + " (client " + client.number() + ")");
        items(page, doc);
        notes(page, order);
        history(page, order);
        return page.finish();
    }

    private static void items(PageWriter page, Document doc) {
        page.heading("Items");
        page.row(ITEMS, true, "Item", "Qty");
        for (Line line : doc.lines()) {
            String what = line.description() == null || line.description().isBlank() ? line.item()
                    : line.item() + " - " + line.description();
            page.row(ITEMS, false, what, Long.toString(line.quantity()));
        }
    }

    private static void notes(PageWriter page, ProductionOrder order) {
        if (order.notes() != null && !order.notes().isBlank()) {
            page.heading("Notes");
            page.text(order.notes());
        }
        if (order.vendorNotes() != null && !order.vendorNotes().isBlank()) {
            page.heading("Notes for the vendor");
            page.text(order.vendorNotes());
        }
    }

    private static void history(PageWriter page, ProductionOrder order) {
        page.heading("Status history");
        page.row(HISTORY, true, "When", "From", "To", "Who", "How");
        for (StatusChange c : order.history()) {
            page.row(HISTORY, false, c.at() == null ? "" : WHEN.format(c.at()), c.from() == null ? "" : c.from(),
                    c.to(), c.by() == null ? "" : c.by(), c.source() == null ? "" : Words.of(c.source()));
        }
    }
}
