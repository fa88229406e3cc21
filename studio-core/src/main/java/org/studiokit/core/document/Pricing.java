package org.studiokit.core.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;

/**
 * Prices a document: line gross and discounts (DOC-4), the invoice discount allocated by MON-3 (DOC-5), shipping
 * (DOC-6), tax in the studio's mode (TAX-2..4) and totals (DOC-7). Pure: the same input always gives the same totals.
 */
public final class Pricing {
    private Pricing() {
    }

    /**
     * @param lines        the lines (quantities already signed)
     * @param discount     the invoice discount or null
     * @param shipping     shipping, signed like the document
     * @param invoiceTaxes the invoice's tax codes (TAX-3)
     * @param settings     the studio settings (tax rates, mode, rounding, shippingTaxable)
     * @return the totals
     */
    public static Totals price(List<Line> lines, Discount discount, Money shipping, List<String> invoiceTaxes,
            StudioSettings settings) {
        RoundingMode rounding = settings.rounding();
        Money zero = Money.zero(settings.currency());
        LineSums sums = LineSums.of(lines, invoiceTaxes, settings);
        int n = lines.size();
        Money invoiceDiscount = discount == null ? zero : discount.on(sums.sumAfterLine, rounding);
        if (invoiceDiscount.abs().isGreaterThan(sums.sumAfterLine.abs())) {
            throw new StudioException(ErrorCode.VALIDATION, "invoice discount exceeds the line amounts",
                    "discount", invoiceDiscount, "lines", sums.sumAfterLine);
        }
        List<Money> shares = n == 0 ? List.of() : invoiceDiscount.allocate(List.of(sums.afterLine));
        Money[] amount = new Money[n];
        Money totalDiscount = invoiceDiscount;
        for (int i = 0; i < n; i++) {
            amount[i] = sums.afterLine[i].minus(shares.get(i));
            totalDiscount = totalDiscount.plus(sums.lineDiscount[i]);
        }
        List<String> shippingCodes = settings.shippingTaxable() && !shipping.isZero() ? invoiceTaxes : List.of();
        Map<String, Money> taxes = new LinkedHashMap<>();
        Map<String, Money> taxable = new LinkedHashMap<>();
        Money[] net = amount.clone();
        Money shippingNet = tax(settings, amount, sums.codes, shipping, shippingCodes, net, taxes, taxable);
        Money tax = taxes.values().stream().reduce(zero, Money::plus);
        for (Money g : sums.gross) {
            requireWithinLimit(g);
        }
        requireWithinLimit(sums.subtotal);
        requireWithinLimit(shipping);
        Money total = sums.subtotal.minus(totalDiscount).plus(shipping);
        if (settings.taxMode() != TaxMode.INCLUSIVE) {
            total = total.plus(tax);
        }
        requireWithinLimit(total);
        List<LinePricing> priced = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            priced.add(new LinePricing(sums.gross[i], sums.lineDiscount[i], shares.get(i), amount[i],
                    sums.codes.get(i), net[i]));
        }
        return new Totals(sums.subtotal, totalDiscount, shipping, tax, total, taxes, taxable, priced, shippingCodes,
                shippingNet);
    }

    /** DOC-4, TAX-3: each line's gross, discount and amount after it, and its tax codes. */
    private static final class LineSums {
        private Money[] gross;
        private Money[] lineDiscount;
        private Money[] afterLine;
        private Money subtotal;
        private Money sumAfterLine;
        private final List<List<String>> codes = new ArrayList<>();

        static LineSums of(List<Line> lines, List<String> invoiceTaxes, StudioSettings settings) {
            Money zero = Money.zero(settings.currency());
            int n = lines.size();
            LineSums s = new LineSums();
            s.gross = new Money[n];
            s.lineDiscount = new Money[n];
            s.afterLine = new Money[n];
            s.subtotal = zero;
            s.sumAfterLine = zero;
            for (int i = 0; i < n; i++) {
                Line line = lines.get(i);
                s.gross[i] = line.unitPrice().times(line.quantity());
                s.lineDiscount[i] = line.discount() == null ? zero : line.discount().on(s.gross[i],
                        settings.rounding());
                if (s.lineDiscount[i].abs().isGreaterThan(s.gross[i].abs())) {
                    throw new StudioException(ErrorCode.VALIDATION, "line discount exceeds the line",
                            "line", i, "discount", s.lineDiscount[i], "gross", s.gross[i]);
                }
                s.afterLine[i] = s.gross[i].minus(s.lineDiscount[i]);
                s.subtotal = s.subtotal.plus(s.gross[i]);
                s.sumAfterLine = s.sumAfterLine.plus(s.afterLine[i]);
                List<String> lineCodes = lineTaxes(line, invoiceTaxes, settings);
                for (String code : lineCodes) {
                    settings.taxRate(code);
                }
                s.codes.add(lineCodes);
            }
            for (String code : invoiceTaxes) {
                settings.taxRate(code);
            }
            return s;
        }
    }

    /** TAX-2: fills taxes and taxable per rate code in the studio's mode; returns shipping net of tax. */
    private static Money tax(StudioSettings settings, Money[] amount, List<List<String>> codes, Money shipping,
            List<String> shippingCodes, Money[] net, Map<String, Money> taxes, Map<String, Money> taxable) {
        Money zero = Money.zero(settings.currency());
        for (String code : settings.taxRates().keySet()) {
            boolean used = shippingCodes.contains(code) || codes.stream().anyMatch(c -> c.contains(code));
            if (used) {
                taxes.put(code, zero);
                taxable.put(code, zero);
            }
        }
        if (settings.taxMode() == TaxMode.INCLUSIVE) {
            return inclusive(settings, amount, codes, shipping, shippingCodes, net, taxes, taxable);
        }
        int n = amount.length;
        for (int i = 0; i <= n; i++) {
            Money base = i < n ? amount[i] : shipping;
            for (String code : i < n ? codes.get(i) : shippingCodes) {
                taxable.merge(code, base, Money::plus);
                if (settings.taxMode() == TaxMode.ADDED_PER_LINE) {
                    taxes.merge(code, base.percent(settings.taxRate(code).percent(), settings.rounding()),
                            Money::plus);
                }
            }
        }
        if (settings.taxMode() == TaxMode.ADDED) {
            for (Map.Entry<String, Money> e : taxable.entrySet()) {
                taxes.put(e.getKey(), e.getValue().percent(settings.taxRate(e.getKey()).percent(),
                        settings.rounding()));
            }
        }
        return shipping;
    }

    private static void requireWithinLimit(Money amount) {
        if (!amount.withinRecordLimit()) {
            Money limit = Money.ofMinor(Money.MAX_RECORD_MINOR, amount.currency());
            throw new StudioException(ErrorCode.VALIDATION, "amount " + amount + " is over the limit of " + limit,
                    "amount", amount, "limit", limit);
        }
    }

    /** TAX-3: the line's own codes, else its item's default codes, else the invoice's. */
    static List<String> lineTaxes(Line line, List<String> invoiceTaxes, StudioSettings settings) {
        if (line.taxes() != null) {
            return line.taxes();
        }
        org.studiokit.core.settings.Item item = settings.items().get(line.item());
        return item != null && item.taxes() != null ? item.taxes() : invoiceTaxes;
    }

    /** INCLUSIVE mode: per rate group, net = round(gross / (1 + Σ rates)); fills net, taxes and taxable. */
    private static Money inclusive(StudioSettings settings, Money[] amount, List<List<String>> codes, Money shipping,
            List<String> shippingCodes, Money[] net, Map<String, Money> taxes, Map<String, Money> taxable) {
        RoundingMode rounding = settings.rounding();
        int n = amount.length;
        Map<TreeSet<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i <= n; i++) {
            List<String> c = i < n ? codes.get(i) : shippingCodes;
            if (i == n && shipping.isZero()) {
                continue;
            }
            groups.computeIfAbsent(new TreeSet<>(c), k -> new ArrayList<>()).add(i);
        }
        Money shippingNet = shipping;
        for (Map.Entry<TreeSet<String>, List<Integer>> group : groups.entrySet()) {
            if (group.getKey().isEmpty()) {
                continue;
            }
            List<Integer> members = group.getValue();
            List<Money> grossParts = new ArrayList<>();
            for (int i : members) {
                grossParts.add(i < n ? amount[i] : shipping);
            }
            Money gross = grossParts.stream().reduce(Money.zero(settings.currency()), Money::plus);
            List<TaxRate> rates = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (String code : settings.taxRates().keySet()) {
                if (group.getKey().contains(code)) {
                    TaxRate r = settings.taxRate(code);
                    rates.add(r);
                    sum = sum.add(r.percent());
                }
            }
            BigDecimal divisor = BigDecimal.ONE.add(sum.movePointLeft(2));
            Money groupNet = gross.divide(divisor, rounding);
            Money groupTax = gross.minus(groupNet);
            long[] weights = new long[rates.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = rates.get(k).percent().movePointRight(4).longValueExact();
            }
            List<Money> taxParts = groupTax.allocate(weights);
            for (int k = 0; k < rates.size(); k++) {
                taxes.merge(rates.get(k).code(), taxParts.get(k), Money::plus);
                taxable.merge(rates.get(k).code(), groupNet, Money::plus);
            }
            List<Money> netParts = groupNet.allocate(grossParts);
            for (int m = 0; m < members.size(); m++) {
                int i = members.get(m);
                if (i < n) {
                    net[i] = netParts.get(m);
                } else {
                    shippingNet = netParts.get(m);
                }
            }
        }
        return shippingNet;
    }
}
