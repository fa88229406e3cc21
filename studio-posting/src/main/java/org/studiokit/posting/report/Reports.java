package org.studiokit.posting.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.StudioContext;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Balances;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.PaymentMethodType;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.EntryKind;
import org.studiokit.posting.JournalEntry;
import org.studiokit.posting.JournalLine;
import org.studiokit.posting.PostingBatch;
import org.studiokit.posting.RecordRef;

/**
 * Reports over a studio's records and journal (SPEC §8). Void records are left out of every report. A report
 * without a date covers everything recorded so far; the aging without a date is as of the latest record date.
 */
public final class Reports {
    private final Books books;
    private final StudioContext ctx;
    private final Balances balances;
    private final Money zero;

    /** @param books the studio's books */
    public Reports(Books books) {
        this.books = books;
        this.ctx = books.studio().context();
        this.balances = books.studio().balances();
        this.zero = Money.zero(ctx.store().settings().currency());
    }

    /** RPT-6: the trial balance as of a date and/or through a batch (null for no limit). */
    public TrialBalance trialBalance(LocalDate asOf, Long batch) {
        Map<String, Money> accounts = new TreeMap<>();
        for (PostingBatch b : books.batches()) {
            if (batch != null && b.number() > batch) {
                continue;
            }
            for (JournalEntry e : b.entries()) {
                if (asOf != null && e.date().isAfter(asOf)) {
                    continue;
                }
                for (JournalLine l : e.lines()) {
                    accounts.merge(l.account(), l.amount(), Money::plus);
                }
            }
        }
        Money total = accounts.values().stream().reduce(zero, Money::plus);
        return new TrialBalance(accounts, total);
    }

    /** @return the GL balance of an account (debit-positive) over every batch */
    public Money glBalance(String account) {
        return glBalance(account, null);
    }

    /** @return the GL balance of an account (debit-positive) from entries dated on or before a date (null: all) */
    public Money glBalance(String account, LocalDate asOf) {
        return trialBalance(asOf, null).accounts().getOrDefault(account, zero);
    }

    /**
     * @return the latest date of any record the reports count, or the clock's date when there is none: estimates
     *         (DOC-8) and void records (DOC-12) are left out
     */
    public LocalDate latestDate() {
        LocalDate latest = null;
        for (Document d : ctx.store().documents().all()) {
            if (!d.voided() && d.type().financial()) {
                latest = latest == null || d.date().isAfter(latest) ? d.date() : latest;
            }
        }
        for (MoneyMovement m : ctx.store().movements().all()) {
            if (!m.voided()) {
                latest = latest == null || m.date().isAfter(latest) ? m.date() : latest;
            }
        }
        return latest != null ? latest : LocalDate.ofInstant(ctx.clock().instant(), ctx.clock().getZone());
    }

    /** RPT-1: accounts receivable aging as of a date (null: the latest record date). */
    public ArAging arAging(LocalDate asOfOrNull) {
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : latestDate();
        List<Client> clients = new ArrayList<>(ctx.store().clients().all());
        clients.sort(Comparator.comparingLong(Client::number));
        List<AgingRow> rows = new ArrayList<>();
        Money total = zero;
        for (Client c : clients) {
            Money[] buckets = {zero, zero, zero, zero};
            for (Document d : ctx.store().documents().by("client", c.id())) {
                if (d.voided() || !d.type().financial() || d.date().isAfter(asOf)) {
                    continue;
                }
                Money balance = balances.balanceAsOf(d, asOf);
                long age = ChronoUnit.DAYS.between(d.date(), asOf);
                int bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
                buckets[bucket] = buckets[bucket].plus(balance);
            }
            Money deposits = zero;
            for (MoneyMovement m : ctx.store().movements().by("client", c.id())) {
                if (m.kind().depositSource() && !m.voided() && !m.date().isAfter(asOf)) {
                    deposits = deposits.minus(balances.remainingAsOf(m, asOf));
                }
            }
            Money rowTotal = buckets[0].plus(buckets[1]).plus(buckets[2]).plus(buckets[3]).plus(deposits);
            boolean any = !deposits.isZero() || !buckets[0].isZero() || !buckets[1].isZero()
                    || !buckets[2].isZero() || !buckets[3].isZero();
            if (any) {
                rows.add(new AgingRow(c.number(), c.name(), buckets[0], buckets[1], buckets[2], buckets[3], deposits,
                        rowTotal));
                total = total.plus(rowTotal);
            }
        }
        return new ArAging(asOf, rows, total);
    }

    /**
     * RPT-2: customer deposit reconciliation as of a date (null for everything): −(unapplied amounts of posted
     * deposits and un-applies, less their posted applications) − Σ over unposted documents of their net posted
     * money. A record counts as posted as of the date when it is posted and dated (documents: its posting entry is
     * dated) on or before it.
     */
    public DepositReconciliation depositReconciliation(LocalDate asOf) {
        Map<Long, LocalDate> postingDates = documentPostingDates();
        List<ReconciliationRow> rows = new ArrayList<>();
        Money total = zero;
        for (MoneyMovement m : ctx.store().movements().all()) {
            if (!m.kind().depositSource() || !postedAsOf(m, asOf)) {
                continue;
            }
            Money left = m.amount();
            for (MoneyMovement a : ctx.store().movements().by("source", m.id())) {
                if (a.kind() == MovementKind.APPLICATION && postedAsOf(a, asOf)) {
                    left = left.minus(a.amount());
                }
            }
            if (!left.isZero()) {
                rows.add(new ReconciliationRow(m.kind() == MovementKind.DEPOSIT ? "deposit" : "unapply", m.number(),
                        books.clientName(m.clientId()), left.negate()));
                total = total.minus(left);
            }
        }
        for (Document d : ctx.store().documents().all()) {
            if (!d.type().financial()) {
                continue;
            }
            LocalDate posted = postingDates.get(d.id());
            if (posted != null && (asOf == null || !posted.isAfter(asOf))) {
                continue;
            }
            Money money = zero;
            for (MoneyMovement m : balances.movementsOf(d.id())) {
                if (postedAsOf(m, asOf)) {
                    money = money.minus(m.effectOn(d.id()));
                }
            }
            if (!money.isZero()) {
                rows.add(new ReconciliationRow("document", d.number(), books.clientName(d.clientId()),
                        money.negate()));
                total = total.minus(money);
            }
        }
        return new DepositReconciliation(asOf, rows, total);
    }

    private boolean postedAsOf(MoneyMovement m, LocalDate asOf) {
        return !m.voided() && m.lock().posted() && (asOf == null || !m.date().isAfter(asOf));
    }

    /** @return the posting date of each posted document (PST-3: the date of its journal entry) */
    public Map<Long, LocalDate> documentPostingDates() {
        boolean accrual = ctx.store().settings().postingPolicy() == PostingPolicyKind.WHEN_CREATED
                || ctx.store().settings().postingPolicy() == PostingPolicyKind.CUSTOM;
        Map<Long, LocalDate> dates = new HashMap<>();
        for (PostingBatch b : books.batches()) {
            for (long id : b.documents()) {
                Document d = ctx.store().documents().find(id).orElseThrow();
                dates.put(id, accrual ? d.date() : b.cutOff());
            }
        }
        return dates;
    }

    /** RPT-3: the reconciliation identity over everything recorded so far; see {@link #reconciliation(LocalDate)}. */
    public Reconciliation reconciliation() {
        return reconciliation(null);
    }

    /**
     * RPT-3: the reconciliation identity of the studio's policy as of a date (null for everything): the GL from
     * journal entries dated on or before it, RPT-1 and RPT-2 as of it. {@code WHEN_CREATED}: GL(A/R) = aging total
     * − deposit reconciliation total (exact once everything is posted). Paid-in-full and host policies: GL(Customer
     * Deposits) = deposit reconciliation total. The reconciling items are the unposted and unlocked records dated on
     * or before the date. Both sides are read in one transaction of the store, so a posting run running at the same
     * time is seen wholly or not at all.
     */
    public Reconciliation reconciliation(LocalDate asOf) {
        return ctx.store().transaction(() -> reconcile(asOf));
    }

    private Reconciliation reconcile(LocalDate asOf) {
        StudioSettings s = ctx.store().settings();
        List<String> items = reconcilingItems(asOf);
        Money deposits = depositReconciliation(asOf).total();
        if (s.postingPolicy() == PostingPolicyKind.WHEN_CREATED) {
            String ar = s.account(AccountRole.AR);
            Money left = glBalance(ar, asOf);
            Money right = arAging(asOf).total().minus(deposits);
            return new Reconciliation("GL(" + ar + ") = AR aging total - deposit reconciliation total", left, right,
                    left.equals(right), items);
        }
        String cd = s.account(AccountRole.CUSTOMER_DEPOSITS);
        Money left = glBalance(cd, asOf);
        return new Reconciliation("GL(" + cd + ") = deposit reconciliation total", left, deposits,
                left.equals(deposits), items);
    }

    private List<String> reconcilingItems(LocalDate asOf) {
        List<String> items = new ArrayList<>();
        for (Document d : ctx.store().documents().all()) {
            if (asOf != null && d.date().isAfter(asOf)) {
                continue;
            }
            if (!d.voided() && d.type().financial() && !d.lock().posted()) {
                items.add("unposted " + books.label(RecordRef.document(d.id())) + " " + d.total());
            } else if (d.lock().unlocked()) {
                items.add("unlocked " + books.label(RecordRef.document(d.id())));
            }
        }
        for (MoneyMovement m : ctx.store().movements().all()) {
            if (asOf != null && m.date().isAfter(asOf)) {
                continue;
            }
            if (!m.voided() && !m.lock().posted()) {
                items.add("unposted " + books.label(RecordRef.movement(m.id())) + " " + m.amount());
            } else if (m.lock().unlocked()) {
                items.add("unlocked " + books.label(RecordRef.movement(m.id())));
            }
        }
        return items;
    }

    /** RPT-4: daily cash receipts in a date range (null ends are open). */
    public CashReceipts cashReceipts(LocalDate from, LocalDate to) {
        StudioSettings s = ctx.store().settings();
        TreeMap<LocalDate, Map<String, Money>> days = new TreeMap<>();
        for (MoneyMovement m : ctx.store().movements().all()) {
            if (m.voided() || !m.kind().hasMethod() || !inRange(m.date(), from, to)) {
                continue;
            }
            Money amount = m.kind() == MovementKind.REFUND ? m.amount().negate() : m.amount();
            days.computeIfAbsent(m.date(), k -> new TreeMap<>()).merge(m.method(), amount, Money::plus);
        }
        List<ReceiptDay> list = new ArrayList<>();
        Money total = zero;
        for (Map.Entry<LocalDate, Map<String, Money>> day : days.entrySet()) {
            Map<String, Money> ordered = new LinkedHashMap<>();
            for (String method : s.paymentMethods().keySet()) {
                if (day.getValue().containsKey(method)) {
                    ordered.put(method, day.getValue().get(method));
                }
            }
            day.getValue().forEach(ordered::putIfAbsent);
            Money cards = zero;
            Money other = zero;
            for (Map.Entry<String, Money> e : ordered.entrySet()) {
                boolean card = s.paymentMethods().containsKey(e.getKey())
                        && s.paymentMethods().get(e.getKey()).type() == PaymentMethodType.CREDIT_CARD;
                if (card) {
                    cards = cards.plus(e.getValue());
                } else {
                    other = other.plus(e.getValue());
                }
            }
            list.add(new ReceiptDay(day.getKey(), ordered, cards, other, cards.plus(other)));
            total = total.plus(cards).plus(other);
        }
        return new CashReceipts(list, total);
    }

    /**
     * RPT-5: sales tax by posting date in a range (null ends are open): documents count on the date of their
     * journal entry, adjustments with their differences on theirs; write-off credit memos and void documents
     * (DOC-12: left out of every report, whatever its date) are left out, and estimates never post (DOC-8). A rate's
     * taxable sales are the base it was applied to; in {@code INCLUSIVE} mode that is the net of its rate groups,
     * tax excluded (RPT-5, as a VAT return shows it), taken from the document's totals.
     */
    public SalesTax salesTax(LocalDate from, LocalDate to) {
        StudioSettings s = ctx.store().settings();
        boolean accrual = s.postingPolicy() == PostingPolicyKind.WHEN_CREATED
                || s.postingPolicy() == PostingPolicyKind.CUSTOM;
        Map<Long, Totals> last = new HashMap<>();
        Map<String, Money[]> rates = new LinkedHashMap<>();
        for (String code : s.taxRates().keySet()) {
            rates.put(code, new Money[] {zero, zero, zero});
        }
        List<TaxDetail> details = new ArrayList<>();
        Money shipping = zero;
        Money total = zero;
        Money totalTax = zero;
        for (PostingBatch b : books.batches()) {
            for (Map.Entry<Long, Totals> e : b.documentTotals().entrySet()) {
                Document d = ctx.store().documents().find(e.getKey()).orElseThrow();
                Totals previous = last.get(d.id());
                Totals now = e.getValue();
                last.put(d.id(), now);
                LocalDate date = previous == null && accrual ? d.date() : b.cutOff();
                if (d.writeOff() || d.voided() || !inRange(date, from, to)) {
                    continue;
                }
                Money[] sales = {zero};
                Money ship = now.shipping().minus(previous == null ? zero : previous.shipping());
                Money tax = now.tax().minus(previous == null ? zero : previous.tax());
                Money docTotal = now.total().minus(previous == null ? zero : previous.total());
                for (Map.Entry<String, Money[]> r : rates.entrySet()) {
                    Money[] fig = figures(now, r.getKey());
                    if (previous != null) {
                        Money[] before = figures(previous, r.getKey());
                        for (int i = 0; i < 3; i++) {
                            fig[i] = fig[i].minus(before[i]);
                        }
                    }
                    for (int i = 0; i < 3; i++) {
                        r.getValue()[i] = r.getValue()[i].plus(fig[i]);
                    }
                }
                sales[0] = sum(now).minus(previous == null ? zero : sum(previous));
                details.add(new TaxDetail(date, d.number(), sales[0], ship, tax, docTotal));
                shipping = shipping.plus(ship);
                total = total.plus(docTotal);
                totalTax = totalTax.plus(tax);
            }
        }
        List<TaxRateRow> rows = new ArrayList<>();
        rates.forEach((code, f) -> rows.add(new TaxRateRow(code, f[0], f[1], f[2])));
        return new SalesTax(rows, totalTax, shipping, total, details);
    }

    /** taxable, non-taxable and tax of one rate in one document's totals. */
    private Money[] figures(Totals t, String code) {
        Money nonTaxable = zero;
        for (LinePricing lp : t.lines()) {
            if (!lp.taxes().contains(code)) {
                nonTaxable = nonTaxable.plus(lp.amount());
            }
        }
        return new Money[] {t.taxable().getOrDefault(code, zero), nonTaxable, t.taxes().getOrDefault(code, zero)};
    }

    private Money sum(Totals t) {
        return t.lines().stream().map(LinePricing::amount).reduce(zero, Money::plus);
    }

    /** RPT-6: the posting summary, one row per batch. */
    public List<BatchSummary> postingSummary() {
        List<BatchSummary> list = new ArrayList<>();
        for (PostingBatch b : books.batches()) {
            Map<String, Integer> types = new TreeMap<>();
            for (long id : b.documents()) {
                types.merge(ctx.store().documents().find(id).orElseThrow().type().name(), 1, Integer::sum);
            }
            list.add(new BatchSummary(b.number(), types, journal(b), b.debits(), b.credits()));
        }
        return list;
    }

    /** @return debit and credit sums per account of a batch, sorted by account */
    public Map<String, DebitCredit> journal(PostingBatch b) {
        Map<String, DebitCredit> journal = new TreeMap<>();
        for (JournalEntry e : b.entries()) {
            for (JournalLine l : e.lines()) {
                journal.merge(l.account(), new DebitCredit(l.debit(), l.credit()), DebitCredit::plus);
            }
        }
        return journal;
    }

    /** RPT-7: payments in a date range (null ends are open), optionally grouped by method. */
    public PaymentList paymentList(LocalDate from, LocalDate to, boolean byMethod) {
        List<PaymentRow> rows = new ArrayList<>();
        Money total = zero;
        for (MoneyMovement m : ctx.store().movements().all()) {
            if (m.kind() == MovementKind.PAYMENT && !m.voided() && inRange(m.date(), from, to)) {
                long invoice = ctx.store().documents().find(m.documentId()).orElseThrow().number();
                rows.add(new PaymentRow(m.number(), m.date(), m.method(), m.amount(), invoice));
                total = total.plus(m.amount());
            }
        }
        Comparator<PaymentRow> order = Comparator.comparing(PaymentRow::date).thenComparingLong(PaymentRow::number);
        if (byMethod) {
            List<String> methods = new ArrayList<>(ctx.store().settings().paymentMethods().keySet());
            order = Comparator.<PaymentRow>comparingInt(r -> methods.indexOf(r.method())).thenComparing(order);
        }
        rows.sort(order);
        return new PaymentList(rows, total);
    }

    /**
     * RPT-7: live production orders by status, with the value of their invoices: each invoice's total counts once
     * per status, however many of its orders stand there. Orders on an estimate are left out (DOC-8).
     */
    public OrderStatus orderStatus() {
        Map<String, StatusRow> statuses = new LinkedHashMap<>();
        for (OrderType t : ctx.store().settings().orderTypes().values()) {
            t.statuses().forEach(st -> statuses.putIfAbsent(st, null));
            t.holds().forEach(st -> statuses.putIfAbsent(st, null));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<Long, Money>> values = new HashMap<>();
        for (ProductionOrder o : ctx.store().orders().all()) {
            Document d = ctx.store().documents().find(o.documentId()).orElse(null);
            if (o.voided() || d != null && !d.type().financial()) {
                continue;
            }
            counts.merge(o.status(), 1, Integer::sum);
            values.computeIfAbsent(o.status(), k -> new HashMap<>()).put(o.documentId(), d == null ? zero : d.total());
        }
        Map<String, StatusRow> counted = new HashMap<>();
        counts.forEach((st, n) -> counted.put(st, new StatusRow(n,
                values.get(st).values().stream().reduce(zero, Money::plus))));
        Map<String, StatusRow> result = new LinkedHashMap<>();
        statuses.keySet().forEach(st -> {
            if (counted.containsKey(st)) {
                result.put(st, counted.get(st));
            }
        });
        counted.forEach(result::putIfAbsent);
        return new OrderStatus(result);
    }

    private static boolean inRange(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** @return how many journal entries of a kind the books hold */
    public long entries(EntryKind kind) {
        return books.batches().stream().flatMap(b -> b.entries().stream()).filter(e -> e.kind() == kind).count();
    }
}
