package org.studiokit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * PAY-3: the payments, deposits and refunds of a payment method that does not export individually become one
 * transaction per batch, day and method, in place of the first of them; lines net per account and client.
 */
final class DailyTotals {
    private DailyTotals() {
    }

    /**
     * @param transactions a batch's transactions in journal order
     * @param individually whether a method exports its transactions one by one
     * @param studio       the studio code, for references
     * @return the transactions with daily totals in place
     */
    static List<ExportTransaction> group(List<ExportTransaction> transactions, Predicate<String> individually,
            String studio) {
        Map<String, List<ExportTransaction>> groups = new LinkedHashMap<>();
        for (ExportTransaction t : transactions) {
            if (t.method() != null && !individually.test(t.method())) {
                groups.computeIfAbsent(t.date() + "\n" + t.method(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ExportTransaction> out = new ArrayList<>();
        for (ExportTransaction t : transactions) {
            if (t.method() == null || individually.test(t.method())) {
                out.add(t);
                continue;
            }
            List<ExportTransaction> group = groups.get(t.date() + "\n" + t.method());
            if (group.get(0) == t) {
                total(group, studio).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<ExportTransaction> total(List<ExportTransaction> group, String studio) {
        ExportTransaction first = group.get(0);
        List<ExportLine> lines = Netting.net(group);
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        String label = first.method() + " daily total " + first.date() + " (" + group.size()
                + (group.size() == 1 ? " movement)" : " movements)");
        return java.util.Optional.of(new ExportTransaction(first.batch(), first.entry(), first.date(),
                Source.DAILY_TOTAL, label, label, first.method(),
                BatchReader.reference(studio, first.batch(), first.entry()), lines));
    }
}
