package org.studiokit.posting.journal;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;

/**
 * A balanced journal entry (PST-3). Lines on the same account and client are netted; zero lines are not written.
 *
 * @param sequence    position in its batch, from 1
 * @param date        the entry date
 * @param kind        what it books
 * @param record      the record it books (for a move: the document)
 * @param recordLabel the record as people name it, e.g. {@code invoice 1001} or {@code payment 3}
 * @param memo        a short description
 * @param lines       the lines, debit-positive, summing to zero
 * @param originalBatch for an adjustment: the batch that first posted the record, else 0
 */
public record JournalEntry(int sequence, LocalDate date, EntryKind kind, RecordRef record, String recordLabel,
        String memo, List<JournalLine> lines, long originalBatch) {
    /** Copies and checks the entry balances: a ledger is never written unbalanced. */
    public JournalEntry {
        lines = List.copyOf(lines);
        long sum = 0;
        for (JournalLine l : lines) {
            sum = Math.addExact(sum, l.amount().minor());
        }
        if (sum != 0) {
            throw new IllegalStateException("unbalanced journal entry for " + recordLabel + ": " + lines);
        }
    }

    /** @return Σ debits */
    public Money debits(Money zero) {
        return lines.stream().map(JournalLine::debit).reduce(zero, Money::plus);
    }
}
