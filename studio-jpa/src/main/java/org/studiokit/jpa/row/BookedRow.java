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
import java.util.ArrayList;
import java.util.List;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.RecordRef;

/** What one record has booked so far (the basis of LCK-2 adjustments), per account and client. */
@Entity
@Table(name = "sk_booked")
@IdClass(BookedKey.class)
public class BookedRow {
    @Id
    String studioId;
    @Id
    String recordKind;
    @Id
    long recordId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sk_booked_line", joinColumns = {
        @JoinColumn(name = "studio_id", referencedColumnName = "studioId"),
        @JoinColumn(name = "record_kind", referencedColumnName = "recordKind"),
        @JoinColumn(name = "record_id", referencedColumnName = "recordId")})
    @OrderColumn(name = "line_no")
    List<JournalLineCols> lines = new ArrayList<>();

    /** For the persistence provider. */
    protected BookedRow() {
    }

    /** @return the key of a record's booking */
    public static BookedKey key(String studioId, RecordRef ref) {
        return BookedKey.of(studioId, ref.kind().name(), ref.id());
    }

    /** @return a new row for a record */
    public static BookedRow of(String studioId, RecordRef ref) {
        BookedRow r = new BookedRow();
        r.studioId = studioId;
        r.recordKind = ref.kind().name();
        r.recordId = ref.id();
        return r;
    }

    /** @return the record */
    public RecordRef ref() {
        return new RecordRef(RecordRef.Kind.valueOf(recordKind), recordId);
    }

    /** Replaces the booked amounts. */
    public void booking(Booking b) {
        if (new ArrayList<>(booking().amounts().entrySet()).equals(new ArrayList<>(b.amounts().entrySet()))) {
            return;
        }
        lines.clear();
        b.amounts().forEach((k, v) -> lines.add(JournalLineCols.of(k.account(), k.clientId(), null, v)));
    }

    /** @return the booked amounts */
    public Booking booking() {
        Booking b = new Booking();
        lines.forEach(l -> b.add(l.account, l.clientId, l.amountMinor));
        return b;
    }
}
