package org.studiokit.examples.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingBatch;
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
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.report.SalesTax;
import org.studiokit.posting.report.StatusRow;
import org.studiokit.posting.report.TaxRateRow;
import org.studiokit.posting.report.TrialBalance;

/** Every report of SPEC §8 as an aligned text table, in the order a bookkeeper reads them. */
final class ReportTables {
    /** With a year of history, the most rows a per-client table shows. */
    static final int HISTORY_ROWS = 30;
    /** How many reports {@link #print} prints (the posting summaries count as one). */
    static final int REPORTS = 9;
    private final Books books;
    private final Reports reports;
    private final Narrator say;
    private final boolean history;
    private final long firstOfMarch;

    /**
     * @param books        the studio's books
     * @param say          where the tables go
     * @param history      whether the books hold a year of history ({@code --scale}): per-client tables then show
     *                     their first {@value #HISTORY_ROWS} rows, and only March's own batches and payments are listed
     * @param firstOfMarch the number of March's first batch (the batches before it are the history's)
     */
    ReportTables(Books books, Narrator say, boolean history, long firstOfMarch) {
        this.books = books;
        this.reports = books.reports();
        this.say = say;
        this.history = history;
        this.firstOfMarch = firstOfMarch;
    }

    /** The two reports the demo's checks read again: computed once, printed, then checked. */
    record Checked(TrialBalance trialBalance, Reconciliation reconciliation) {
    }

    /**
     * Prints every report; returns the trial balance and reconciliation it printed.
     *
     * @param progress told how many of the {@value #REPORTS} reports are done so far
     */
    Checked print(LongConsumer progress) {
        say.heading("Reports");
        int[] done = {0};
        Runnable tick = () -> progress.accept(++done[0]);
        TrialBalance tb = reports.trialBalance(null, null);
        trialBalance(tb);
        tick.run();
        arAging(reports.arAging(DemoStudio.march(31)));
        tick.run();
        deposits(reports.depositReconciliation(DemoStudio.march(31)));
        tick.run();
        Reconciliation rec = reports.reconciliation();
        reconciliation(rec);
        tick.run();
        cashReceipts(reports.cashReceipts(DemoStudio.march(1), DemoStudio.march(31)));
        tick.run();
        salesTax(reports.salesTax(DemoStudio.march(1), DemoStudio.march(31), false));
        tick.run();
        if (history) {
            marchSummaries();
        } else {
            reports.postingSummary().forEach(this::postingSummary);
        }
        tick.run();
        payments(history ? reports.paymentList(DemoStudio.march(1), DemoStudio.march(31), true)
                : reports.paymentList(null, null, true));
        tick.run();
        orders(reports.orderStatus());
        tick.run();
        return new Checked(tb, rec);
    }

    /**
     * With history, the posting summaries (RPT-6) of March's batches only, read batch by batch: the summary of every
     * batch would look up each of the history's documents.
     */
    private void marchSummaries() {
        long shown = firstOfMarch - 1;
        if (shown > 0) {
            say.line("");
            say.line("Posting summaries of the " + Words.count(shown, "batch") + " of history: see"
                    + " `studio report posting-summary --batch N`.");
        }
        for (long n = firstOfMarch; n <= books.journal().batchCount(); n++) {
            PostingBatch b = books.batch(n);
            Map<String, Integer> types = new TreeMap<>();
            for (long id : b.documents()) {
                types.merge(books.studio().invoices().get(id).type().name(), 1, Integer::sum);
            }
            postingSummary(new BatchSummary(b.number(), types, reports.journal(b), b.debits(), b.credits()));
        }
    }

    private void trialBalance(TrialBalance tb) {
        TextTable t = new TextTable("Account", "Debit", "Credit");
        for (Map.Entry<String, Money> e : tb.accounts().entrySet()) {
            Money m = e.getValue();
            t.row(e.getKey(), m.isPositive() ? m : "", m.isNegative() ? m.negate() : "");
        }
        t.row("Total (debits - credits)", tb.total());
        say.table("Trial balance, all batches", t);
    }

    private void arAging(ArAging aging) {
        TextTable t = new TextTable("Client", "No.", "Current", "31-60", "61-90", "91+", "Deposits", "Total");
        List<AgingRow> rows = capped(aging.rows());
        for (AgingRow r : rows) {
            t.row(r.client(), r.clientNumber(), r.current(), r.days31to60(), r.days61to90(), r.days91plus(),
                    r.deposits(), r.total());
        }
        more(t, aging.rows().size(), rows.size());
        t.row("Total", "", "", "", "", "", "", aging.total());
        say.table("Accounts receivable aging as of " + aging.asOf(), t);
    }

    /** @return the rows a table shows: all, or with history the first {@value #HISTORY_ROWS} */
    private <R> List<R> capped(List<R> rows) {
        return history && rows.size() > HISTORY_ROWS ? rows.subList(0, HISTORY_ROWS) : rows;
    }

    /** Adds a row saying how many rows a capped table left out. */
    private static void more(TextTable t, int all, int shown) {
        if (all > shown) {
            t.row("... and " + (all - shown) + " more");
        }
    }

    private void deposits(DepositReconciliation d) {
        TextTable t = new TextTable("Kind", "No.", "Client", "Amount");
        List<ReconciliationRow> rows = capped(d.rows());
        for (ReconciliationRow r : rows) {
            t.row(r.kind(), r.number(), r.client(), r.amount());
        }
        more(t, d.rows().size(), rows.size());
        t.row("Total", "", "", d.total());
        say.table("Customer deposit reconciliation as of " + d.asOf(), t);
    }

    private void reconciliation(Reconciliation r) {
        TextTable t = new TextTable("Identity", "Left", "Right", "Holds");
        t.row(r.identity(), r.left(), r.right(), r.holds() ? "yes" : "NO");
        for (String item : r.items()) {
            t.row("  reconciling item: " + item);
        }
        say.table("Reconciliation", t);
    }

    private void cashReceipts(CashReceipts c) {
        TextTable t = new TextTable("Date", "Row", "Method or deposit", "Amount");
        for (ReceiptDay d : c.days()) {
            d.methods().forEach((method, amount) -> t.row(d.date(), "received", method, amount));
            t.row(d.date(), "= deposit", "to the bank: cards " + d.cards() + " + other " + d.other(), d.total());
        }
        t.row("Total", "", "", c.total());
        say.table("Daily cash receipts, March", t);
    }

    private void salesTax(SalesTax s) {
        TextTable t = new TextTable("Rate", "Taxable", "Non-taxable", "Tax");
        for (TaxRateRow r : s.rates()) {
            t.row(r.code(), r.taxable(), r.nonTaxable(), r.tax());
        }
        t.row("Total tax", "", "", s.totalTax());
        say.table("Sales tax by posting date, March (shipping " + s.shipping() + ", document totals " + s.total()
                + ")", t);
    }

    private void postingSummary(BatchSummary b) {
        TextTable t = new TextTable("Account", "Debit", "Credit");
        for (Map.Entry<String, DebitCredit> e : b.journal().entrySet()) {
            t.row(e.getKey(), e.getValue().debit(), e.getValue().credit());
        }
        t.row("Total", b.debits(), b.credits());
        say.table("Posting summary, batch " + b.batch() + " (documents: " + Words.counts(b.documents()) + ")", t);
    }

    private void payments(PaymentList p) {
        TextTable t = new TextTable("Payment", "Date", "Method", "Invoice", "Amount");
        for (PaymentRow r : p.payments()) {
            t.row(r.number(), r.date(), r.method(), r.invoice(), r.amount());
        }
        t.row("Total", "", "", "", p.total());
        say.table("Payment list by method", t);
    }

    private void orders(OrderStatus o) {
        TextTable t = new TextTable("Status", "Orders", "Invoice value");
        for (Map.Entry<String, StatusRow> e : o.statuses().entrySet()) {
            t.row(e.getKey(), e.getValue().count(), e.getValue().value());
        }
        say.table("Production orders by status", t);
    }
}
