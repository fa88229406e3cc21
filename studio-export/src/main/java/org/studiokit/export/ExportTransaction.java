package org.studiokit.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One transaction of an export: a journal entry of a batch, or a grouping of entries (PAY-3 daily totals, summary
 * days). Its lines balance.
 *
 * @param batch     the batch number
 * @param entry     the sequence of its (first) journal entry in the batch
 * @param date      its date
 * @param source    what it books
 * @param label     the record as people name it ({@code invoice 1001}), or a description of a grouping
 * @param memo      the journal entry's memo
 * @param method    the payment method of a payment, deposit, refund or daily total, else null
 * @param reference the stable reference (studio, batch, entry) that lets a duplicate import be recognised (EXP-3)
 * @param lines     its lines, debit-positive, summing to zero
 */
public record ExportTransaction(long batch, int entry, LocalDate date, Source source, String label, String memo,
        String method, String reference, List<ExportLine> lines) {
    /** Copies and checks the transaction balances (EXP-5). */
    public ExportTransaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        label = label == null ? "" : label;
        memo = memo == null ? "" : memo;
        lines = List.copyOf(lines);
        long sum = 0;
        for (ExportLine l : lines) {
            sum = Math.addExact(sum, l.amount());
        }
        if (sum != 0 || lines.isEmpty()) {
            throw new IllegalStateException("transaction " + reference + " does not balance: " + lines);
        }
    }

    /** @return the client the transaction concerns: the first line's that names one, or null */
    public String client() {
        for (ExportLine l : lines) {
            if (l.client() != null) {
                return l.client();
            }
        }
        return null;
    }

    /** @return Σ debits in minor units */
    public long debits() {
        return lines.stream().mapToLong(ExportLine::debit).sum();
    }
}
