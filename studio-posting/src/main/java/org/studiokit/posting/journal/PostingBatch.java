package org.studiokit.posting.journal;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Totals;
import java.util.Set;
import org.studiokit.core.money.Money;

/**
 * An immutable posting batch (PST-1): never edited or deleted.
 *
 * @param number    batch number, from 1
 * @param cutOff    the run's cut-off date
 * @param methods   the payment-method filter, empty for all
 * @param at        when the run happened
 * @param actor     who ran it
 * @param documents internal ids of documents posted for the first time, in posting order
 * @param movements internal ids of money movements posted for the first time, in posting order
 * @param adjusted  the unlocked records whose adjustment it booked
 * @param entries   its journal entries
 * @param debits    Σ debit lines
 * @param credits   Σ credit lines (positive)
 * @param documentTotals the totals of each document this batch posted or adjusted, as they were then
 */
public record PostingBatch(long number, LocalDate cutOff, Set<String> methods, Instant at, String actor,
        List<Long> documents, List<Long> movements, List<RecordRef> adjusted, List<JournalEntry> entries,
        Money debits, Money credits, Map<Long, Totals> documentTotals) {
    /** Copies. */
    public PostingBatch {
        methods = Set.copyOf(methods);
        documents = List.copyOf(documents);
        movements = List.copyOf(movements);
        adjusted = List.copyOf(adjusted);
        entries = List.copyOf(entries);
        documentTotals = DocumentTotals.copyOf(documentTotals);
    }
}
