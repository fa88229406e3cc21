package org.studiokit.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One posting batch, as exporters see it.
 *
 * @param number       the batch number
 * @param cutOff       its cut-off date
 * @param transactions its transactions, in journal order (PAY-3 daily totals in place of their first entry)
 */
public record ExportBatch(long number, LocalDate cutOff, List<ExportTransaction> transactions) {
    /** Copies. */
    public ExportBatch {
        transactions = List.copyOf(transactions);
    }
}
