package org.studiokit.core.document;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.tax.TaxBases;
import org.studiokit.core.tax.TaxCalculation;
import org.studiokit.core.tax.TaxResult;

/**
 * Prices a document: line gross and discounts (DOC-4), the invoice discount allocated by MON-3 (DOC-5), shipping
 * (DOC-6), tax in the studio's mode (TAX-2..4, {@link TaxCalculation}) and totals (DOC-7). Pure: the same input
 * always gives the same totals.
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
        LineSums read = lineSums(lines, invoiceTaxes, settings);
        List<LineSum> sums = read.lines();
        Money subtotal = read.subtotal();
        Money sumAfterLine = read.afterLine();
        Money invoiceDiscount = discount == null ? zero : discount.on(sumAfterLine, rounding);
        if (invoiceDiscount.abs().isGreaterThan(sumAfterLine.abs())) {
            throw new StudioException(ErrorCode.VALIDATION, "invoice discount exceeds the line amounts",
                    "discount", invoiceDiscount, "lines", sumAfterLine);
        }
        int n = sums.size();
        List<Money> shares = n == 0 ? List.of()
                : invoiceDiscount.allocate(sums.stream().map(LineSum::afterLine).toList());
        List<Money> amounts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            amounts.add(sums.get(i).afterLine().minus(shares.get(i)));
        }
        List<String> shippingCodes = settings.shippingTaxable() && !shipping.isZero() ? invoiceTaxes : List.of();
        TaxResult tax = TaxCalculation.of(settings.taxMode()).apply(
                new TaxBases(amounts, sums.stream().map(LineSum::codes).toList(), shipping, shippingCodes), settings);
        Money totalDiscount = invoiceDiscount;
        for (LineSum s : sums) {
            totalDiscount = totalDiscount.plus(s.discount());
        }
        for (LineSum s : sums) {
            requireWithinLimit(s.gross());
        }
        requireWithinLimit(subtotal);
        requireWithinLimit(shipping);
        Money taxTotal = tax.tax(zero);
        Money total = subtotal.minus(totalDiscount).plus(shipping);
        if (settings.taxMode() != TaxMode.INCLUSIVE) {
            total = total.plus(taxTotal);
        }
        requireWithinLimit(total);
        List<LinePricing> priced = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LineSum s = sums.get(i);
            priced.add(new LinePricing(s.gross(), s.discount(), shares.get(i), amounts.get(i), s.codes(),
                    tax.net().get(i)));
        }
        return new Totals(subtotal, totalDiscount, shipping, taxTotal, total, tax.taxes(), tax.taxable(), priced,
                shippingCodes, tax.shippingNet());
    }

    /** DOC-4, TAX-3: one line's gross, its own discount, the amount after it, and its tax codes. */
    private record LineSum(Money gross, Money discount, Money afterLine, List<String> codes) {
    }

    /** The lines' sums, with the subtotal (Σ gross) and Σ amount after line discounts. */
    private record LineSums(List<LineSum> lines, Money subtotal, Money afterLine) {
    }

    /** Reads the lines in order, checking each line's discount and tax codes, then the invoice's codes. */
    private static LineSums lineSums(List<Line> lines, List<String> invoiceTaxes, StudioSettings settings) {
        List<LineSum> sums = new ArrayList<>(lines.size());
        Money zero = Money.zero(settings.currency());
        Money subtotal = zero;
        Money sumAfterLine = zero;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Money gross = line.unitPrice().times(line.quantity());
            Money discount = line.discount() == null ? zero : line.discount().on(gross, settings.rounding());
            if (discount.abs().isGreaterThan(gross.abs())) {
                throw new StudioException(ErrorCode.VALIDATION, "line discount exceeds the line",
                        "line", i, "discount", discount, "gross", gross);
            }
            Money afterLine = gross.minus(discount);
            subtotal = subtotal.plus(gross);
            sumAfterLine = sumAfterLine.plus(afterLine);
            List<String> codes = lineTaxes(line, invoiceTaxes, settings);
            codes.forEach(settings::taxRate);
            sums.add(new LineSum(gross, discount, afterLine, codes));
        }
        invoiceTaxes.forEach(settings::taxRate);
        return new LineSums(sums, subtotal, sumAfterLine);
    }

    private static void requireWithinLimit(Money amount) {
        if (!amount.withinRecordLimit()) {
            Money limit = Money.ofMinor(Money.MAX_RECORD_MINOR, amount.currency());
            throw new StudioException(ErrorCode.VALIDATION, "amount " + amount + " is over the limit of " + limit,
                    "amount", amount, "limit", limit);
        }
    }

    /** TAX-3: the line's own codes, else its item's default codes, else the invoice's. */
    private static List<String> lineTaxes(Line line, List<String> invoiceTaxes, StudioSettings settings) {
        if (line.taxes() != null) {
            return line.taxes();
        }
        Item item = settings.items().get(line.item());
        return item != null && item.taxes() != null ? item.taxes() : invoiceTaxes;
    }
}
