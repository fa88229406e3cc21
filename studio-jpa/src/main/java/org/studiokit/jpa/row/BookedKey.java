package org.studiokit.jpa.row;

import java.io.Serializable;
import java.util.Objects;

/** The key of what a record has booked: studio, record kind, record id. */
public final class BookedKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String studioId;
    String recordKind;
    long recordId;

    /** For the persistence provider. */
    public BookedKey() {
    }

    /** @return the key of a record's booking */
    public static BookedKey of(String studioId, String kind, long id) {
        BookedKey k = new BookedKey();
        k.studioId = studioId;
        k.recordKind = kind;
        k.recordId = id;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BookedKey k && k.recordId == recordId && k.recordKind.equals(recordKind)
                && k.studioId.equals(studioId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studioId, recordKind, recordId);
    }
}
