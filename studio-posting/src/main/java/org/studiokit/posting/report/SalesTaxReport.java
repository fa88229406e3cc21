package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.policy.PostingPolicy;

/**
 * RPT-5: sales tax by posting date in a range (null ends are open). A document counts on the date of its posting
 * entry (PST-3), an adjustment (LCK-2) with its differences on its own date (the cut-off); credit memos count with
 * negative amounts; write-off credit memos and void documents (DOC-12: left out of every report, whatever its date)
 * are left out, and estimates never post (DOC-8). A rate's taxable sales are the base it was applied to; in
 * {@code INCLUSIVE} mode that is the net of its rate groups, tax excluded (RPT-5, as a VAT return shows it), taken
 * from the document's totals. Non-taxable: the line amounts after discounts the rate did not tax.
 */
final class SalesTaxReport {
    private final ReportSources in;

    SalesTaxReport(ReportSources in) {
        this.in = in;
    }

    /** One rate's figures. */
    private record RateFigures(Money taxable, Money nonTaxable, Money tax) {
        RateFigures plus(RateFigures o) {
            return new RateFigures(taxable.plus(o.taxable), nonTaxable.plus(o.nonTaxable), tax.plus(o.tax));
        }

        RateFigures minus(RateFigures o) {
            return new RateFigures(taxable.minus(o.taxable), nonTaxable.minus(o.nonTaxable), tax.minus(o.tax));
        }
    }

    SalesTax of(LocalDate from, LocalDate to) {
        StudioSettings s = in.records().settings();
        PostingPolicy policy = in.policy().get();
        Map<Long, Totals> last = new HashMap<>();
        Map<String, RateFigures> rates = new LinkedHashMap<>();
        s.taxRates().keySet().forEach(code -> rates.put(code, new RateFigures(in.zero(), in.zero(), in.zero())));
        List<TaxDetail> details = new ArrayList<>();
        for (PostingBatch b : in.journal().batches()) {
            for (Map.Entry<Long, Totals> e : b.documentTotals().entrySet()) {
                Document d = in.records().document(e.getKey());
                Totals previous = last.put(d.id(), e.getValue());
                LocalDate date = previous == null ? policy.entryDate(d, b.cutOff()) : b.cutOff();
                if (d.writeOff() || d.voided() || !ReportSources.inRange(date, from, to)) {
                    continue;
                }
                details.add(count(rates, date, d.number(), e.getValue(), previous));
            }
        }
        List<TaxRateRow> rows = new ArrayList<>();
        rates.forEach((code, f) -> rows.add(new TaxRateRow(code, f.taxable(), f.nonTaxable(), f.tax())));
        Money shipping = details.stream().map(TaxDetail::shipping).reduce(in.zero(), Money::plus);
        Money total = details.stream().map(TaxDetail::total).reduce(in.zero(), Money::plus);
        Money totalTax = details.stream().map(TaxDetail::tax).reduce(in.zero(), Money::plus);
        return new SalesTax(rows, totalTax, shipping, total, details);
    }

    /** Adds a posting's (or an adjustment's) differences to the rates; returns its detail row. */
    private TaxDetail count(Map<String, RateFigures> rates, LocalDate date, long number, Totals now,
            Totals previous) {
        Money zero = in.zero();
        for (Map.Entry<String, RateFigures> r : rates.entrySet()) {
            RateFigures fig = figures(now, r.getKey());
            if (previous != null) {
                fig = fig.minus(figures(previous, r.getKey()));
            }
            r.setValue(r.getValue().plus(fig));
        }
        Money sales = sum(now).minus(previous == null ? zero : sum(previous));
        Money ship = now.shipping().minus(previous == null ? zero : previous.shipping());
        Money tax = now.tax().minus(previous == null ? zero : previous.tax());
        Money docTotal = now.total().minus(previous == null ? zero : previous.total());
        return new TaxDetail(date, number, sales, ship, tax, docTotal);
    }

    /** taxable, non-taxable and tax of one rate in one document's totals. */
    private RateFigures figures(Totals t, String code) {
        Money nonTaxable = in.zero();
        for (LinePricing lp : t.lines()) {
            if (!lp.taxes().contains(code)) {
                nonTaxable = nonTaxable.plus(lp.amount());
            }
        }
        return new RateFigures(t.taxable().getOrDefault(code, in.zero()), nonTaxable,
                t.taxes().getOrDefault(code, in.zero()));
    }

    private Money sum(Totals t) {
        return t.lines().stream().map(LinePricing::amount).reduce(in.zero(), Money::plus);
    }
}
