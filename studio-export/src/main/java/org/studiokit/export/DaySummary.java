package org.studiokit.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Summary exports: one transaction per batch and day, netting every line of that day per account and client. */
public final class DaySummary {
    private DaySummary() {
    }

    /** @return the book's transactions summarised per batch and day, in batch and date order */
    public static List<ExportTransaction> of(ExportBook book) {
        List<ExportTransaction> out = new ArrayList<>();
        for (ExportBatch batch : book.batches()) {
            Map<LocalDate, List<ExportTransaction>> days = new java.util.TreeMap<>();
            LocalDate last = null;
            List<ExportTransaction> group = null;
            for (ExportTransaction t : batch.transactions()) {
                if (!t.date().equals(last)) {
                    last = t.date();
                    group = days.computeIfAbsent(last, d -> new ArrayList<>());
                }
                group.add(t);
            }
            days.forEach((day, list) -> summary(book, batch.number(), day, list).ifPresent(out::add));
        }
        return out;
    }

    private static java.util.Optional<ExportTransaction> summary(ExportBook book, long batch, LocalDate day,
            List<ExportTransaction> list) {
        List<ExportLine> lines = Netting.net(list);
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        int first = list.stream().mapToInt(ExportTransaction::entry).min().orElseThrow();
        String label = "batch " + batch + " summary " + day + " (" + list.size()
                + (list.size() == 1 ? " entry)" : " entries)");
        return java.util.Optional.of(new ExportTransaction(batch, first, day, Source.DAY_SUMMARY, label, label, null,
                BatchReader.reference(book.options().studio(), batch, first), lines));
    }
}
