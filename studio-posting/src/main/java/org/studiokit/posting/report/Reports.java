package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.JournalReader;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.records.RecordReader;

/**
 * Reports over a studio's records and journal (SPEC §8), read through the {@link RecordReader} and
 * {@link JournalReader} ports; each report is its own class returning records. Void records (DOC-12) and estimates
 * (DOC-8) are left out of every report. A report without a date covers everything recorded so far; the aging
 * without a date is as of the latest record date.
 */
public final class Reports {
    private final ReportSources in;
    private final TrialBalanceReport trialBalance;
    private final AgingReport aging;
    private final DepositReconciliationReport deposits;

    /**
     * @param records the studio's records
     * @param journal the journal
     * @param policy  the studio's posting policy as its settings say at the time of a report (PST-3 entry dates)
     */
    public Reports(RecordReader records, JournalReader journal, Supplier<PostingPolicy> policy) {
        this.in = new ReportSources(records, journal, policy, Money.zero(records.settings().currency()));
        this.trialBalance = new TrialBalanceReport(in);
        this.aging = new AgingReport(in);
        this.deposits = new DepositReconciliationReport(in);
    }

    /** RPT-6: the trial balance as of a date and/or through a batch (null for no limit). */
    public TrialBalance trialBalance(LocalDate asOf, Long batch) {
        return trialBalance.of(asOf, batch);
    }

    /** @return the GL balance of an account (debit-positive) over every batch */
    public Money glBalance(String account) {
        return trialBalance.balance(account, null);
    }

    /** @return the GL balance of an account (debit-positive) from entries dated on or before a date (null: all) */
    public Money glBalance(String account, LocalDate asOf) {
        return trialBalance.balance(account, asOf);
    }

    /** @return the latest date of any record the reports count (not estimates, not void), or today */
    public LocalDate latestDate() {
        return in.latestDate();
    }

    /** RPT-1: accounts receivable aging as of a date (null: the latest record date). */
    public ArAging arAging(LocalDate asOfOrNull) {
        return aging.of(asOfOrNull);
    }

    /** RPT-2: customer deposit reconciliation as of a date (null for everything). */
    public DepositReconciliation depositReconciliation(LocalDate asOf) {
        return deposits.of(asOf);
    }

    /** @return the posting date of each posted document (PST-3: the date of its journal entry) */
    public Map<Long, LocalDate> documentPostingDates() {
        return in.documentPostingDates();
    }

    /** RPT-3: the reconciliation identity over everything recorded so far; see {@link #reconciliation(LocalDate)}. */
    public Reconciliation reconciliation() {
        return reconciliation(null);
    }

    /**
     * RPT-3: the reconciliation identity of the studio's policy as of a date (null for everything), read as one
     * snapshot: the GL from entries dated on or before it, RPT-1 and RPT-2 as of it.
     */
    public Reconciliation reconciliation(LocalDate asOf) {
        return new ReconciliationReport(in, trialBalance, aging, deposits).of(asOf);
    }

    /** RPT-4: daily cash receipts in a date range (null ends are open). */
    public CashReceipts cashReceipts(LocalDate from, LocalDate to) {
        return new CashReceiptsReport(in).of(from, to);
    }

    /** RPT-5: sales tax by posting date in a range (null ends are open), with its per-document detail. */
    public SalesTax salesTax(LocalDate from, LocalDate to) {
        return salesTax(from, to, true);
    }

    /**
     * RPT-5: sales tax by posting date in a range (null ends are open).
     *
     * @param details whether to list the per-document detail; without it {@link SalesTax#details()} is empty and the
     *                figures by rate and the totals are the same, computed without a row per document
     */
    public SalesTax salesTax(LocalDate from, LocalDate to, boolean details) {
        return new SalesTaxReport(in).of(from, to, details);
    }

    /** RPT-6: the posting summary, one row per batch. */
    public List<BatchSummary> postingSummary() {
        return new PostingSummaryReport(in).of();
    }

    /** @return debit and credit sums per account of a batch, sorted by account */
    public Map<String, DebitCredit> journal(PostingBatch b) {
        return TrialBalanceReport.journal(b);
    }

    /** RPT-7: payments in a date range (null ends are open), optionally grouped by method. */
    public PaymentList paymentList(LocalDate from, LocalDate to, boolean byMethod) {
        return new PaymentListReport(in).of(from, to, byMethod);
    }

    /** RPT-7: production orders (not void) by status, with the value of their invoices, each once per status. */
    public OrderStatus orderStatus() {
        return new OrderStatusReport(in).of();
    }

    /** @return how many journal entries of a kind the books hold */
    public long entries(EntryKind kind) {
        return trialBalance.entries(kind);
    }
}
