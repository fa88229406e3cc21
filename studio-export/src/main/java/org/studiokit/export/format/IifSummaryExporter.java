package org.studiokit.export.format;

import java.nio.charset.Charset;
import org.studiokit.export.DaySummary;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;

/** {@code iif-summary}: QuickBooks Desktop IIF with one {@code GENERAL JOURNAL} per batch day (EXP-2). */
public final class IifSummaryExporter extends BufferedExporter {
    @Override
    public String id() {
        return "iif-summary";
    }

    @Override
    public String extension() {
        return "iif";
    }

    @Override
    Charset charset() {
        return Iif.CP1252;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().lines() + 64L) * 50;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        new Iif(book, DaySummary.columns(book), out).write(false);
    }

    @Override
    public int transactions(ExportBook book) {
        ExportColumns days = DaySummary.columns(book);
        return days.transactions();
    }
}
