package org.studiokit.export.format;

import java.util.List;
import org.studiokit.export.DaySummary;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

/** {@code iif-summary}: QuickBooks Desktop IIF with one {@code GENERAL JOURNAL} per batch day (EXP-2). */
public final class IifSummaryExporter implements Exporter {
    @Override
    public String id() {
        return "iif-summary";
    }

    @Override
    public String extension() {
        return "iif";
    }

    @Override
    public byte[] write(ExportBook book) {
        List<ExportTransaction> days = DaySummary.of(book);
        int lines = days.stream().mapToInt(t -> t.lines().size() + 1).sum();
        return new Iif(book, days, (lines + 64) * 100).write(false);
    }

    @Override
    public int transactions(ExportBook book) {
        return DaySummary.of(book).size();
    }
}
