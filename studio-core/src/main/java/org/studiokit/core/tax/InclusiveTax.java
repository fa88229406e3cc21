package org.studiokit.core.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;

/**
 * TAX-2 INCLUSIVE: prices include tax (VAT/GST). Lines and taxable shipping are grouped by their set of codes; per
 * group net = round(gross / (1 + Σ rates)) and tax = gross − net, the tax split over the group's rates by rate
 * (MON-3) and the net over the group's members by their gross (MON-3).
 */
final class InclusiveTax implements TaxCalculation {
    static final InclusiveTax INSTANCE = new InclusiveTax();

    private InclusiveTax() {
    }

    @Override
    public TaxResult apply(TaxBases bases, StudioSettings settings) {
        Map<String, Money> taxes = TaxCalculation.zeroPerUsedCode(bases, settings);
        Map<String, Money> taxable = TaxCalculation.zeroPerUsedCode(bases, settings);
        int n = bases.amounts().size();
        List<Money> net = new ArrayList<>(bases.amounts());
        Money shippingNet = bases.shipping();
        for (Map.Entry<TreeSet<String>, List<Integer>> group : groups(bases).entrySet()) {
            if (group.getKey().isEmpty()) {
                continue;
            }
            List<Integer> members = group.getValue();
            List<Money> grossParts = members.stream().map(bases::base).toList();
            Money gross = Money.total(settings.currency(), grossParts);
            List<TaxRate> rates = rates(group.getKey(), settings);
            BigDecimal sum = BigDecimal.ZERO;
            long[] weights = new long[rates.size()];
            for (int k = 0; k < weights.length; k++) {
                sum = sum.add(rates.get(k).percent());
                weights[k] = rates.get(k).percent().movePointRight(4).longValueExact();
            }
            Money groupNet = gross.divide(BigDecimal.ONE.add(sum.movePointLeft(2)), settings.rounding());
            List<Money> taxParts = gross.minus(groupNet).allocate(weights);
            for (int k = 0; k < rates.size(); k++) {
                taxes.merge(rates.get(k).code(), taxParts.get(k), Money::plus);
                taxable.merge(rates.get(k).code(), groupNet, Money::plus);
            }
            List<Money> netParts = groupNet.allocate(grossParts);
            for (int m = 0; m < members.size(); m++) {
                if (members.get(m) < n) {
                    net.set(members.get(m), netParts.get(m));
                } else {
                    shippingNet = netParts.get(m);
                }
            }
        }
        return new TaxResult(taxes, taxable, net, shippingNet);
    }

    /** @return the lines (and shipping, at index n, unless zero) grouped by their set of codes, first seen first */
    private static Map<TreeSet<String>, List<Integer>> groups(TaxBases bases) {
        int n = bases.amounts().size();
        Map<TreeSet<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i <= n; i++) {
            if (i == n && bases.shipping().isZero()) {
                continue;
            }
            groups.computeIfAbsent(new TreeSet<>(bases.codesOf(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** @return the group's rates in the studio's declaration order */
    private static List<TaxRate> rates(TreeSet<String> codes, StudioSettings settings) {
        List<TaxRate> rates = new ArrayList<>();
        for (String code : settings.taxRates().keySet()) {
            if (codes.contains(code)) {
                rates.add(settings.taxRate(code));
            }
        }
        return rates;
    }
}
