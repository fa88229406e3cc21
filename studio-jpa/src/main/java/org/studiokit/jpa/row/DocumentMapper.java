package org.studiokit.jpa.row;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentContent;
import org.studiokit.core.document.DocumentState;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;

/** Maps documents to rows and back. */
public final class DocumentMapper implements RowMapper<Document, DocumentRow> {
    @Override
    public Class<DocumentRow> rowClass() {
        return DocumentRow.class;
    }

    @Override
    public DocumentRow newRow(String studioId, Document d) {
        DocumentRow r = new DocumentRow();
        r.studioId = studioId;
        r.id = d.id();
        update(r, d);
        return r;
    }

    @Override
    public boolean plain() {
        return true;
    }

    @Override
    public void insert(Connection c, DocumentRow row) throws SQLException {
        NewRows.insert(c, row);
    }

    @Override
    public DocumentRow find(Connection c, String studioId, long id) throws SQLException {
        return RowReads.document(c, studioId, id);
    }

    @Override
    public void update(DocumentRow r, Document d) {
        Currency currency = d.total().currency();
        r.recordNo = d.number();
        r.docType = d.type().name();
        r.clientId = d.clientId();
        r.sessionId = d.sessionId();
        r.docDate = d.date();
        r.currency = currency.getCurrencyCode();
        if (r.lines.isEmpty() || !lines(r, currency).equals(d.lines())) {
            r.lines.clear();
            d.lines().forEach(l -> r.lines.add(LineCols.of(l)));
        }
        r.discountMinor = d.discount() == null || d.discount().amount() == null ? null : d.discount().amount().minor();
        r.discountPercent = LineCols.percent(d.discount());
        r.shippingMinor = d.shipping() == null ? null : d.shipping().minor();
        r.taxCodes = Json.write(d.taxes());
        r.totals = Json.write(d.totals());
        r.totalMinor = d.total().minor();
        content(r, d);
    }

    private static void content(DocumentRow r, Document d) {
        r.originalId = d.originalId();
        r.reason = d.reason();
        r.writeOff = d.writeOff();
        r.depositRefund = d.depositRefund();
        r.delivered = d.delivered();
        r.voided = d.voided();
        r.convertedTo = d.convertedTo();
        r.plan = Json.write(d.plan());
        r.lock = LockCols.of(d.lock());
        r.createdBy = d.createdBy();
    }

    private static List<Line> lines(DocumentRow r, Currency currency) {
        return r.lines.stream().map(l -> l.line(currency)).toList();
    }

    @Override
    public Document toRecord(DocumentRow r) {
        Currency currency = Currency.getInstance(r.currency);
        DocumentContent content = new DocumentContent(r.docDate, lines(r, currency),
                LineCols.discount(r.discountMinor, r.discountPercent, currency),
                r.shippingMinor == null ? null : Money.ofMinor(r.shippingMinor, currency), LineCols.codes(r.taxCodes),
                Json.read(r.totals, Totals.class));
        DocumentState state = new DocumentState(r.delivered, r.voided, r.convertedTo,
                Json.read(r.plan, PaymentPlan.class), r.lock.state());
        return new Document(r.id, r.recordNo, DocumentType.valueOf(r.docType), r.clientId, r.sessionId, r.originalId,
                r.reason, r.writeOff, r.depositRefund, r.createdBy, content, state);
    }

    @Override
    public String fetch() {
        return " left join fetch r.lines";
    }

    @Override
    public String indexProperty(String index) {
        return switch (index) {
            case "client" -> "clientId";
            case "original" -> "originalId";
            default -> throw RowMapper.noIndex(index);
        };
    }
}
