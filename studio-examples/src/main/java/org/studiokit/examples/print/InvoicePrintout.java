package org.studiokit.examples.print;

import java.util.List;
import java.util.Map;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.barcode.label.Printout;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.examples.print.PageWriter.Column;

/** Lays out an invoice (or credit memo, or estimate): header, lines, totals with taxes per rate, money, balance. */
final class InvoicePrintout {
    private static final Column[] LINES = {new Column(0, 200, false), new Column(205, 40, true),
        new Column(250, 80, true), new Column(335, 80, true), new Column(420, 92, true)};
    private static final Column[] TOTALS = {new Column(170, 245, false), new Column(420, 92, true)};
    private static final Column[] MONEY = {new Column(0, 80, false), new Column(85, 160, false),
        new Column(250, 165, false), new Column(420, 92, true)};

    private final Studio studio;
    private final BarcodeOptions barcodes;
    private final String studioName;

    InvoicePrintout(Studio studio, BarcodeOptions barcodes, String studioName) {
        this.studio = studio;
        this.barcodes = barcodes;
        this.studioName = studioName;
    }

    byte[] render(Document doc) {
        PageWriter page = new PageWriter();
        page.title(studioName);
        page.heading(Words.document(doc.type()) + " " + doc.number());
        barcodes.barcodeFor(Printout.INVOICE, doc.number()).ifPresent(p -> BarcodeBlock.draw(page, p));
        header(page, doc);
        lines(page, doc);
        totals(page, doc.totals());
        money(page, doc);
        page.text("");
        page.row(TOTALS, true, "Balance due", studio.balances().balance(doc).toString());
        return page.finish();
    }

    private void header(PageWriter page, Document doc) {
        page.text("Type: " + Words.of(doc.type()));
        page.text("Date: " + doc.date());
        Client client = studio.clients().get(doc.clientId());
        page.text("Bill to: " + client.name() + " (client " + client.number() + ")");
        if (doc.sessionId() != null) {
            Session s = studio.sessions().get(doc.sessionId());
            page.text("Session " + s.number() + ": " + s.sessionType() + ", " + s.date());
        }
        if (doc.originalId() != null) {
            page.text("Credit for invoice " + studio.invoices().get(doc.originalId()).number()
                    + (doc.reason() == null ? "" : ": " + doc.reason()));
        }
        page.text("Amounts in " + studio.settings().currency().getCurrencyCode());
    }

    private static void lines(PageWriter page, Document doc) {
        page.heading("Lines");
        page.row(LINES, true, "Item", "Qty", "Unit price", "Discount", "Amount");
        List<LinePricing> priced = doc.totals().lines();
        for (int i = 0; i < doc.lines().size(); i++) {
            Line line = doc.lines().get(i);
            String what = line.description() == null || line.description().isBlank() ? line.item()
                    : line.item() + " - " + line.description();
            LinePricing p = i < priced.size() ? priced.get(i) : null;
            String discount = p == null || p.lineDiscount().isZero() ? "" : p.lineDiscount().toString();
            String amount = p == null ? "" : p.gross().minus(p.lineDiscount()).toString();
            page.row(LINES, false, what, Long.toString(line.quantity()), line.unitPrice().toString(), discount,
                    amount);
        }
    }

    private void totals(PageWriter page, Totals t) {
        page.text("");
        page.row(TOTALS, false, "Subtotal", t.subtotal().toString());
        if (!t.discount().isZero()) {
            page.row(TOTALS, false, "Discount", t.discount().toString());
        }
        if (!t.shipping().isZero()) {
            page.row(TOTALS, false, "Shipping and handling", t.shipping().toString());
        }
        for (Map.Entry<String, Money> tax : t.taxes().entrySet()) {
            page.row(TOTALS, false, taxName(tax.getKey(), t.taxable().get(tax.getKey())), tax.getValue().toString());
        }
        page.row(TOTALS, true, "Total", t.total().toString());
    }

    private String taxName(String code, Money taxable) {
        TaxRate rate = studio.settings().taxRates().get(code);
        String name = rate == null ? "Tax " + code
                : "Tax " + code + (rate.name() == null || rate.name().equals(code) ? "" : " " + rate.name())
                        + " " + rate.percent().stripTrailingZeros().toPlainString() + "%";
        return taxable == null ? name : name + " on " + taxable;
    }

    private void money(PageWriter page, Document doc) {
        List<MoneyMovement> moves = studio.balances().movementsOf(doc.id()).stream()
                .filter(m -> !m.voided() && !m.effectOn(doc.id()).isZero()).toList();
        if (moves.isEmpty()) {
            return;
        }
        page.heading("Payments and credits");
        page.row(MONEY, true, "Date", "What", "Method", "Amount");
        for (MoneyMovement m : moves) {
            boolean incoming = m.targetId() != null && m.targetId() == doc.id();
            page.row(MONEY, false, m.date().toString(), Words.movement(m.kind(), incoming) + " " + m.number(),
                    m.method() == null ? "" : m.method(), m.effectOn(doc.id()).negate().toString());
        }
    }
}
