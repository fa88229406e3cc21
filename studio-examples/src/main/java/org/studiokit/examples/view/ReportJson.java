package org.studiokit.examples.view;

import java.util.Map;
import org.studiokit.core.money.Money;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.posting.report.AgingRow;
import org.studiokit.posting.report.ArAging;
import org.studiokit.posting.report.BatchSummary;
import org.studiokit.posting.report.CashReceipts;
import org.studiokit.posting.report.DepositReconciliation;
import org.studiokit.posting.report.OrderStatus;
import org.studiokit.posting.report.PaymentList;
import org.studiokit.posting.report.PaymentRow;
import org.studiokit.posting.report.ReceiptDay;
import org.studiokit.posting.report.Reconciliation;
import org.studiokit.posting.report.ReconciliationRow;
import org.studiokit.posting.report.SalesTax;
import org.studiokit.posting.report.StatusRow;
import org.studiokit.posting.report.TaxDetail;
import org.studiokit.posting.report.TaxRateRow;
import org.studiokit.posting.report.TrialBalance;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The reports of SPEC §8 as results show them (field names as SPEC §13 lists them). */
public final class ReportJson {
    private ReportJson() {
    }

    /** @return {@code accounts} (name → balance, debit-positive) and {@code total} */
    public static ObjectNode trialBalance(TrialBalance tb) {
        ObjectNode o = ScriptJson.object();
        o.set("accounts", amounts(tb.accounts()));
        o.put("total", tb.total().toString());
        return o;
    }

    /** @return {@code asOf}, {@code rows} per client and {@code total} */
    public static ObjectNode arAging(ArAging aging) {
        ObjectNode o = ScriptJson.object();
        o.put("asOf", aging.asOf().toString());
        ArrayNode rows = o.putArray("rows");
        for (AgingRow r : aging.rows()) {
            ObjectNode row = rows.addObject();
            row.put("client", r.client());
            row.put("number", Long.toString(r.clientNumber()));
            row.put("current", r.current().toString());
            row.put("days31to60", r.days31to60().toString());
            row.put("days61to90", r.days61to90().toString());
            row.put("days91plus", r.days91plus().toString());
            row.put("deposits", r.deposits().toString());
            row.put("total", r.total().toString());
        }
        o.put("total", aging.total().toString());
        return o;
    }

    /** @return {@code rows} (kind, number, client, amount) and the signed {@code total} */
    public static ObjectNode depositReconciliation(DepositReconciliation d) {
        ObjectNode o = ScriptJson.object();
        ArrayNode rows = o.putArray("rows");
        for (ReconciliationRow r : d.rows()) {
            ObjectNode row = rows.addObject();
            row.put("kind", r.kind());
            row.put("number", Long.toString(r.number()));
            row.put("client", r.client());
            row.put("amount", r.amount().toString());
        }
        o.put("total", d.total().toString());
        return o;
    }

    /** @return {@code identity}, {@code left}, {@code right}, {@code holds} and {@code items} */
    public static ObjectNode reconciliation(Reconciliation r) {
        ObjectNode o = ScriptJson.object();
        o.put("identity", r.identity());
        o.put("left", r.left().toString());
        o.put("right", r.right().toString());
        o.put("holds", r.holds());
        ArrayNode items = o.putArray("items");
        r.items().forEach(items::add);
        return o;
    }

    /** @return {@code days} (date, methods, the card and other bank deposits, total) and {@code total} */
    public static ObjectNode cashReceipts(CashReceipts c) {
        ObjectNode o = ScriptJson.object();
        ArrayNode days = o.putArray("days");
        for (ReceiptDay d : c.days()) {
            ObjectNode day = days.addObject();
            day.put("date", d.date().toString());
            day.set("methods", amounts(d.methods()));
            day.put("cards", d.cards().toString());
            day.put("other", d.other().toString());
            day.put("total", d.total().toString());
        }
        o.put("total", c.total().toString());
        return o;
    }

    /** @return {@code rates} (code, taxable, nonTaxable, tax), {@code totalTax}, shipping, total and details */
    public static ObjectNode salesTax(SalesTax s) {
        ObjectNode o = ScriptJson.object();
        ArrayNode rates = o.putArray("rates");
        for (TaxRateRow r : s.rates()) {
            ObjectNode row = rates.addObject();
            row.put("code", r.code());
            row.put("taxable", r.taxable().toString());
            row.put("nonTaxable", r.nonTaxable().toString());
            row.put("tax", r.tax().toString());
        }
        o.put("totalTax", s.totalTax().toString());
        o.put("shipping", s.shipping().toString());
        o.put("total", s.total().toString());
        ArrayNode details = o.putArray("details");
        for (TaxDetail d : s.details()) {
            ObjectNode row = details.addObject();
            row.put("date", d.date().toString());
            row.put("document", Long.toString(d.document()));
            row.put("sales", d.sales().toString());
            row.put("shipping", d.shipping().toString());
            row.put("tax", d.tax().toString());
            row.put("total", d.total().toString());
        }
        return o;
    }

    /** @return {@code batches}: batch, documents by type, journal per account, debits, credits */
    public static ObjectNode postingSummary(Iterable<BatchSummary> batches) {
        ObjectNode o = ScriptJson.object();
        ArrayNode list = o.putArray("batches");
        for (BatchSummary b : batches) {
            ObjectNode row = list.addObject();
            row.put("batch", Long.toString(b.batch()));
            ObjectNode docs = row.putObject("documents");
            b.documents().forEach(docs::put);
            row.set("journal", PostingJson.journal(b.journal()));
            row.put("debits", b.debits().toString());
            row.put("credits", b.credits().toString());
        }
        return o;
    }

    /** @return {@code payments} (number, date, method, amount, invoice) and {@code total} */
    public static ObjectNode paymentList(PaymentList p) {
        ObjectNode o = ScriptJson.object();
        ArrayNode rows = o.putArray("payments");
        for (PaymentRow r : p.payments()) {
            ObjectNode row = rows.addObject();
            row.put("number", Long.toString(r.number()));
            row.put("date", r.date().toString());
            row.put("method", r.method());
            row.put("amount", r.amount().toString());
            row.put("invoice", Long.toString(r.invoice()));
        }
        o.put("total", p.total().toString());
        return o;
    }

    /** @return {@code statuses}: status name → count and value */
    public static ObjectNode orderStatus(OrderStatus s) {
        ObjectNode o = ScriptJson.object();
        ObjectNode statuses = o.putObject("statuses");
        for (Map.Entry<String, StatusRow> e : s.statuses().entrySet()) {
            ObjectNode row = statuses.putObject(e.getKey());
            row.put("count", e.getValue().count());
            row.put("value", e.getValue().value().toString());
        }
        return o;
    }

    private static ObjectNode amounts(Map<String, Money> amounts) {
        ObjectNode o = ScriptJson.object();
        amounts.forEach((k, v) -> o.put(k, v.toString()));
        return o;
    }
}
