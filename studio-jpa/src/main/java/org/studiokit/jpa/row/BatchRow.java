package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;

/** A posting batch's header (PST-1); its journal entries are {@link EntryRow}s. Append-only. */
@Entity
@Table(name = "sk_batch")
@IdClass(RowKey.class)
public class BatchRow {
    @Id
    String studioId;
    @Id
    long id;
    LocalDate cutOff;
    long atSecond;
    int atNano;
    String actor;
    long debitsMinor;
    long creditsMinor;
    String currency;
    String detail;

    /**
     * What a batch lists besides its entries and document totals, kept as one JSON value. Batches written before
     * schema 5 hold their document totals here too; later ones in {@code sk_batch_totals}.
     */
    public record Detail(Set<String> methods, List<Long> documents, List<Long> movements, List<RecordRef> adjusted,
            Map<Long, Totals> documentTotals) {
    }

    /** For the persistence provider. */
    protected BatchRow() {
    }

    /** @return the header row of a batch (its document totals are rows of their own) */
    public static BatchRow of(String studioId, PostingBatch b) {
        BatchRow r = new BatchRow();
        r.studioId = studioId;
        r.id = b.number();
        r.cutOff = b.cutOff();
        r.atSecond = b.at().getEpochSecond();
        r.atNano = b.at().getNano();
        r.actor = b.actor();
        r.debitsMinor = b.debits().minor();
        r.creditsMinor = b.credits().minor();
        r.currency = b.debits().currency().getCurrencyCode();
        r.detail = Json.write(new Detail(b.methods(), b.documents(), b.movements(), b.adjusted(), Map.of()));
        return r;
    }

    /** @return the batch number */
    public long number() {
        return id;
    }

    /** @return the currency of its amounts */
    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /**
     * @param entries its journal entries
     * @param totals  its document totals, from their rows (a batch from before schema 5 has them in its detail)
     * @return the batch
     */
    public PostingBatch batch(List<JournalEntry> entries, Map<Long, Totals> totals) {
        Detail d = Json.read(detail, Detail.class);
        boolean inDetail = d.documentTotals() != null && !d.documentTotals().isEmpty();
        Currency c = currency();
        return new PostingBatch(id, cutOff, d.methods(), Instant.ofEpochSecond(atSecond, atNano), actor,
                d.documents(), d.movements(), d.adjusted(), entries, Money.ofMinor(debitsMinor, c),
                Money.ofMinor(creditsMinor, c), inDetail ? d.documentTotals() : totals);
    }
}
