package org.studiokit.examples.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studiokit.core.money.Money;
import org.studiokit.posting.report.AgingRow;
import org.studiokit.posting.report.ArAging;
import org.studiokit.posting.report.BatchSummary;
import org.studiokit.posting.report.CashReceipts;
import org.studiokit.posting.report.DebitCredit;
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

/** The reports of SPEC §8 as grids: one row per item and a totals row, amounts with the currency's decimals. */
final class ReportGrids {
    private ReportGrids() {
    }

    static Grid trialBalance(TrialBalance tb, String scope) {
        Grid g = new Grid("Trial balance " + scope, "Account", "Debit", "Credit");
        Money debits = null;
        Money credits = null;
        for (Map.Entry<String, Money> e : tb.accounts().entrySet()) {
            Money m = e.getValue();
            Money debit = m.isNegative() ? m.minus(m) : m;
            Money credit = m.isNegative() ? m.negate() : m.minus(m);
            debits = debits == null ? debit : debits.plus(debit);
            credits = credits == null ? credit : credits.plus(credit);
            g.row(e.getKey(), debit, credit);
        }
        return g.row("Total", debits, credits);
    }

    static Grid arAging(ArAging a) {
        Grid g = new Grid("Accounts receivable aging as of " + a.asOf(), "Client", "No.", "Current", "31-60",
                "61-90", "91+", "Deposits", "Total");
        for (AgingRow r : a.rows()) {
            g.row(r.client(), r.clientNumber(), r.current(), r.days31to60(), r.days61to90(), r.days91plus(),
                    r.deposits(), r.total());
        }
        return g.row("Total", "", sum(a.rows(), AgingRow::current), sum(a.rows(), AgingRow::days31to60),
                sum(a.rows(), AgingRow::days61to90), sum(a.rows(), AgingRow::days91plus),
                sum(a.rows(), AgingRow::deposits), a.total());
    }

    static Grid depositReconciliation(DepositReconciliation d) {
        Grid g = new Grid("Customer deposit reconciliation as of " + d.asOf(), "Kind", "No.", "Client", "Amount");
        for (ReconciliationRow r : d.rows()) {
            g.row(r.kind(), r.number(), r.client(), r.amount());
        }
        return g.row("Total", "", "", d.total());
    }

    static Grid reconciliation(Reconciliation r, String scope) {
        Grid g = new Grid("Reconciliation " + scope, "Identity", "Left", "Right", "Holds");
        g.row(r.identity(), r.left(), r.right(), r.holds() ? "yes" : "NO");
        for (String item : r.items()) {
            g.row("reconciling item: " + item);
        }
        return g;
    }

    static Grid cashReceipts(CashReceipts c, String scope) {
        Grid g = new Grid("Daily cash receipts " + scope, "Date", "Method", "Amount");
        for (ReceiptDay d : c.days()) {
            d.methods().forEach((method, amount) -> g.row(d.date(), method, amount));
            g.row(d.date(), "bank deposit: cards", d.cards());
            g.row(d.date(), "bank deposit: other", d.other());
            g.row(d.date(), "day total", d.total());
        }
        return g.row("Total", "", c.total());
    }

    static Grid salesTax(SalesTax s, String scope) {
        Grid g = new Grid("Sales tax by posting date " + scope, "Rate", "Taxable", "Non-taxable", "Tax");
        for (TaxRateRow r : s.rates()) {
            g.row(r.code(), r.taxable(), r.nonTaxable(), r.tax());
        }
        g.row("Total tax", "", "", s.totalTax());
        g.row("Shipping", "", "", s.shipping());
        g.row("Document totals", "", "", s.total());
        for (TaxDetail d : s.details()) {
            g.row("document " + d.document() + " posted " + d.date() + " (sales " + d.sales() + ", shipping "
                    + d.shipping() + ", total " + d.total() + ")", "", "", d.tax());
        }
        return g;
    }

    static Grid postingSummary(List<BatchSummary> batches) {
        Grid g = new Grid("Posting summary", "Batch", "Account", "Debit", "Credit");
        for (BatchSummary b : batches) {
            g.row(b.batch(), "documents: " + (b.documents().isEmpty() ? "none"
                    : org.studiokit.examples.demo.Words.counts(b.documents())));
            for (Map.Entry<String, DebitCredit> e : b.journal().entrySet()) {
                g.row(b.batch(), e.getKey(), e.getValue().debit(), e.getValue().credit());
            }
            g.row(b.batch(), "Total", b.debits(), b.credits());
        }
        return g;
    }

    static Grid paymentList(PaymentList p, String scope) {
        Grid g = new Grid("Payment list " + scope, "Payment", "Date", "Method", "Invoice", "Amount");
        for (PaymentRow r : p.payments()) {
            g.row(r.number(), r.date(), r.method(), r.invoice(), r.amount());
        }
        return g.row("Total", "", "", "", p.total());
    }

    static Grid orderStatus(OrderStatus o) {
        Grid g = new Grid("Production orders by status", "Status", "Orders", "Invoice value");
        for (Map.Entry<String, StatusRow> e : o.statuses().entrySet()) {
            g.row(e.getKey(), e.getValue().count(), e.getValue().value());
        }
        return g;
    }

    private static Money sum(List<AgingRow> rows, Function<AgingRow, Money> column) {
        return rows.stream().map(column).reduce(Money::plus).orElse(null);
    }
}
