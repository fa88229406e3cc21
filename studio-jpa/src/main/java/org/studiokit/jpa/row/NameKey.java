package org.studiokit.jpa.row;

import java.io.Serializable;
import java.util.Objects;

/** A key of a studio and a name: sequences, idempotency keys (by hash), bookings. */
public final class NameKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String studioId;
    String name;

    /** For the persistence provider. */
    public NameKey() {
    }

    /** @return the key of a studio's named row */
    public static NameKey of(String studioId, String name) {
        NameKey k = new NameKey();
        k.studioId = studioId;
        k.name = name;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameKey k && k.name.equals(name) && k.studioId.equals(studioId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studioId, name);
    }
}
