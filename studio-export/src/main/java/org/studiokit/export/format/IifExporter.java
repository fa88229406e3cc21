package org.studiokit.export.format;

import java.util.List;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

/**
 * {@code iif}: QuickBooks Desktop IIF in detail, one transaction per source record (EXP-2): invoices as
 * {@code INVOICE}, credit memos as {@code CREDIT MEMO}, payments as {@code PAYMENT}, deposits received as
 * {@code DEPOSIT}, refunds as {@code CHECK}, everything else (applications, transfers, un-applies, Customer Deposits
 * to A/R moves, adjustments, PAY-3 daily totals) as {@code GENERAL JOURNAL}.
 */
public final class IifExporter implements Exporter {
    @Override
    public String id() {
        return "iif";
    }

    @Override
    public String extension() {
        return "iif";
    }

    @Override
    public byte[] write(ExportBook book) {
        List<ExportTransaction> transactions = book.transactions();
        return new Iif(book, transactions, (transactions.size() + 64) * 290).write(true);
    }
}
