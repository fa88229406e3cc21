package org.studiokit.core;

import java.util.Objects;

/**
 * Names one lockable record of a studio (LCK-1): a document or a money movement, by id.
 *
 * @param kind which repository the record is in
 * @param id   the record's id
 */
public record RecordKey(Kind kind, long id) {
    /** The kinds of lockable records. */
    public enum Kind {
        /** A document (invoice, credit memo). */
        DOCUMENT,
        /** A money movement. */
        MOVEMENT
    }

    /** Validates. */
    public RecordKey {
        Objects.requireNonNull(kind, "kind");
    }

    /** @return the key of a document */
    public static RecordKey document(long id) {
        return new RecordKey(Kind.DOCUMENT, id);
    }

    /** @return the key of a money movement */
    public static RecordKey movement(long id) {
        return new RecordKey(Kind.MOVEMENT, id);
    }
}
