package org.studiokit.export.format;

import org.studiokit.export.DaySummary;
import org.studiokit.export.ExportBook;
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
        return new Iif(book).write(DaySummary.of(book), false);
    }

    @Override
    public int transactions(ExportBook book) {
        return DaySummary.of(book).size();
    }
}
