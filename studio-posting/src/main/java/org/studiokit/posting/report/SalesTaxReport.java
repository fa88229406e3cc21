package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.LongSums;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.DocumentTotals;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.PostingPolicy;

/**
 * RPT-5: sales tax by posting date in a range (null ends are open). A document counts on the date of its posting
 * entry (PST-3), an adjustment (LCK-2) with its differences on its own date (the cut-off); credit memos count with
 * negative amounts; write-off credit memos and void documents (DOC-12: left out of every report, whatever its date)
 * are left out, and estimates never post (DOC-8). A rate's taxable sales are the base it was applied to; in
 * {@code INCLUSIVE} mode that is the net of its rate groups, tax excluded (RPT-5, as a VAT return shows it), taken
 * from the document's totals. Non-taxable: the line amounts after discounts the rate did not tax.
 *
 * <p>One pass over the batches' document totals, summed in minor units; a detail row per document only when asked
 * for. The totals a document was posted with are kept only for the documents some batch adjusts later (its
 * {@code adjusted} records), the only ones whose differences need them.
 */
final class SalesTaxReport {
    private final ReportSources in;
    private final String[] codes;
    /** Per rate code: taxable, non-taxable, tax; then shipping, tax and total of all documents, in minor units. */
    private final long[] sums;
    private final int shipping;

    SalesTaxReport(ReportSources in) {
        this.in = in;
        this.codes = in.records().settings().taxRates().keySet().toArray(String[]::new);
        this.shipping = 3 * codes.length;
        this.sums = new long[shipping + 3];
    }

    SalesTax of(LocalDate from, LocalDate to, boolean withDetails) {
        PostingPolicy policy = in.policy().get();
        List<PostingBatch> batches = in.journal().batches();
        Set<Long> adjusted = adjustedDocuments(batches);
        Map<Long, Totals> last = new HashMap<>();
        List<TaxDetail> details = new ArrayList<>();
        for (PostingBatch b : batches) {
            DocumentTotals totals = DocumentTotals.copyOf(b.documentTotals());
            for (int i = 0; i < totals.size(); i++) {
                long id = totals.id(i);
                Totals now = totals.totals(i);
                Totals previous = null;
                if (!adjusted.isEmpty() && adjusted.contains(id)) {
                    previous = last.put(id, now);
                }
                Document d = in.records().document(id);
                LocalDate date = previous == null ? policy.entryDate(d, b.cutOff()) : b.cutOff();
                if (d.writeOff() || d.voided() || !ReportSources.inRange(date, from, to)) {
                    continue;
                }
                count(now, 1);
                if (previous != null) {
                    count(previous, -1);
                }
                if (withDetails) {
                    details.add(detail(date, d.number(), now, previous));
                }
            }
        }
        return result(details);
    }

    /** @return the ids of the documents some batch adjusted (LCK-2): posted once, then counted again */
    private static Set<Long> adjustedDocuments(List<PostingBatch> batches) {
        Set<Long> ids = new HashSet<>();
        for (PostingBatch b : batches) {
            for (RecordRef ref : b.adjusted()) {
                if (ref.kind() == RecordRef.Kind.DOCUMENT) {
                    ids.add(ref.id());
                }
            }
        }
        return ids;
    }

    /** Adds (sign 1) or takes away (sign -1) one document's totals. */
    private void count(Totals t, int sign) {
        long lines = 0;
        for (LinePricing lp : t.lines()) {
            lines = LongSums.plus(lines, lp.amount().minor());
        }
        for (int r = 0; r < codes.length; r++) {
            String code = codes[r];
            long taxedLines = 0;
            for (LinePricing lp : t.lines()) {
                if (lp.taxes().contains(code)) {
                    taxedLines = LongSums.plus(taxedLines, lp.amount().minor());
                }
            }
            add(3 * r, sign, minor(t.taxable().get(code)));
            add(3 * r + 1, sign, LongSums.plus(lines, -taxedLines));
            add(3 * r + 2, sign, minor(t.taxes().get(code)));
        }
        add(shipping, sign, t.shipping().minor());
        add(shipping + 1, sign, t.tax().minor());
        add(shipping + 2, sign, t.total().minor());
    }

    private void add(int at, int sign, long amount) {
        sums[at] = LongSums.plus(sums[at], sign * amount);
    }

    private static long minor(Money m) {
        return m == null ? 0 : m.minor();
    }

    private SalesTax result(List<TaxDetail> details) {
        List<TaxRateRow> rows = new ArrayList<>(codes.length);
        for (int r = 0; r < codes.length; r++) {
            rows.add(new TaxRateRow(codes[r], money(3 * r), money(3 * r + 1), money(3 * r + 2)));
        }
        return new SalesTax(rows, money(shipping + 1), money(shipping), money(shipping + 2), details);
    }

    private Money money(int at) {
        return sums[at] == 0 ? in.zero() : Money.ofMinor(sums[at], in.zero().currency());
    }

    /** @return a posting's (or an adjustment's differences') detail row */
    private TaxDetail detail(LocalDate date, long number, Totals now, Totals previous) {
        Totals before = previous != null ? previous : Totals.zero(in.zero());
        return new TaxDetail(date, number, lineSum(now).minus(lineSum(before)),
                now.shipping().minus(before.shipping()), now.tax().minus(before.tax()),
                now.total().minus(before.total()));
    }

    private Money lineSum(Totals t) {
        return Money.total(in.zero().currency(), t.lines().stream().map(LinePricing::amount).toList());
    }
}
