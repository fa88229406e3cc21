package org.studiokit.jpa.row;

import java.io.Serializable;
import java.util.Objects;

/** The key of a journal entry: studio, batch number, position in the batch. */
public final class EntryKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String studioId;
    long batchNo;
    int entryNo;

    /** For the persistence provider. */
    public EntryKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryKey k && k.batchNo == batchNo && k.entryNo == entryNo && k.studioId.equals(studioId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studioId, batchNo, entryNo);
    }
}
