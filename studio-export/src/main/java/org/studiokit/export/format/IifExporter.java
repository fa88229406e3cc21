package org.studiokit.export.format;

import java.nio.charset.Charset;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;

/**
 * {@code iif}: QuickBooks Desktop IIF in detail, one transaction per source record (EXP-2): invoices as
 * {@code INVOICE}, credit memos as {@code CREDIT MEMO}, payments as {@code PAYMENT}, deposits received as
 * {@code DEPOSIT}, refunds as {@code CHECK}, everything else (applications, transfers, un-applies, Customer Deposits
 * to A/R moves, adjustments, PAY-3 daily totals) as {@code GENERAL JOURNAL}.
 */
public final class IifExporter extends BufferedExporter {
    @Override
    public String id() {
        return "iif";
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
        return (book.columns().transactions() + 64L) * 290;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        new Iif(book, book.columns(), out).write(true);
    }
}
