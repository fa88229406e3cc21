package org.studiokit.jpa.row;

import java.io.Serializable;
import java.util.Objects;

/** The key of a record row: the studio id first (STO-4), then the record's internal id. */
public final class RowKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String studioId;
    long id;

    /** For the persistence provider. */
    public RowKey() {
    }

    /** @return the key of a record of a studio */
    public static RowKey of(String studioId, long id) {
        RowKey k = new RowKey();
        k.studioId = studioId;
        k.id = id;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.id == id && k.studioId.equals(studioId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studioId, id);
    }
}
