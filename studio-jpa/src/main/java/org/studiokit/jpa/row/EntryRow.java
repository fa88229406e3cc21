package org.studiokit.jpa.row;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.RecordRef;

/** A balanced journal entry of a batch (PST-3) with its lines. Written once, never changed. */
@Entity
@Table(name = "sk_journal_entry")
@IdClass(EntryKey.class)
public class EntryRow {
    @Id
    String studioId;
    @Id
    long batchNo;
    @Id
    int entryNo;
    LocalDate entryDate;
    String kind;
    String recordKind;
    long recordId;
    String recordLabel;
    String memo;
    long originalBatch;
    String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sk_journal_line", joinColumns = {
        @JoinColumn(name = "studio_id", referencedColumnName = "studioId"),
        @JoinColumn(name = "batch_no", referencedColumnName = "batchNo"),
        @JoinColumn(name = "entry_no", referencedColumnName = "entryNo")})
    @OrderColumn(name = "line_no")
    List<JournalLineCols> lines = new ArrayList<>();

    /** For the persistence provider. */
    protected EntryRow() {
    }

    /** @return the row of an entry of a batch */
    public static EntryRow of(String studioId, long batch, JournalEntry e, Currency currency) {
        EntryRow r = new EntryRow();
        r.studioId = studioId;
        r.batchNo = batch;
        r.entryNo = e.sequence();
        r.entryDate = e.date();
        r.kind = e.kind().name();
        r.recordKind = e.record() == null ? null : e.record().kind().name();
        r.recordId = e.record() == null ? 0 : e.record().id();
        r.recordLabel = e.recordLabel();
        r.memo = e.memo();
        r.originalBatch = e.originalBatch();
        r.currency = currency.getCurrencyCode();
        e.lines().forEach(l -> r.lines.add(JournalLineCols.of(l.account(), l.clientId(), l.client(),
                l.amount().minor())));
        return r;
    }

    /** @return the batch number */
    public long batch() {
        return batchNo;
    }

    /** @return the entry */
    public JournalEntry entry() {
        Currency c = Currency.getInstance(currency);
        List<JournalLine> ls = lines.stream().map(l -> new JournalLine(l.account, l.clientId, l.clientName,
                Money.ofMinor(l.amountMinor, c))).toList();
        RecordRef ref = recordKind == null ? null : new RecordRef(RecordRef.Kind.valueOf(recordKind), recordId);
        return new JournalEntry(entryNo, entryDate, EntryKind.valueOf(kind), ref, recordLabel, memo, ls,
                originalBatch);
    }
}
