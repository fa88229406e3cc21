package org.studiokit.jpa.store;

import org.studiokit.core.IdSource;

/**
 * Record ids from a sequence row of the studio, taken in the command's transaction: ids go on across restarts, and
 * a refused command gives its ids back, so a studio on a database gets the same ids as on the in-memory store.
 */
public final class DbIds implements IdSource {
    /** The name of the id sequence row. */
    public static final String SEQUENCE = "RECORD_ID";
    private final Tx tx;

    /** @param tx the studio's transactions */
    public DbIds(Tx tx) {
        this.tx = tx;
    }

    @Override
    public long nextId() {
        return tx.write(() -> {
            long id = tx.take(SEQUENCE, () -> 1L);
            tx.took(id);
            return id;
        });
    }
}
