package org.studiokit.posting.journal;

/**
 * A reference to a posted record: a document or a money movement, by internal id.
 *
 * @param kind the kind of record
 * @param id   its internal id
 */
public record RecordRef(Kind kind, long id) implements Comparable<RecordRef> {
    /** Kinds of postable record. */
    public enum Kind {
        /** A document (invoice, credit memo …). */
        DOCUMENT,
        /** A money movement. */
        MOVEMENT
    }

    /** @return a document reference */
    public static RecordRef document(long id) {
        return new RecordRef(Kind.DOCUMENT, id);
    }

    /** @return a money movement reference */
    public static RecordRef movement(long id) {
        return new RecordRef(Kind.MOVEMENT, id);
    }

    /** @return the studio's key of the same record, for its checked lock writes */
    public org.studiokit.core.RecordKey key() {
        return kind == Kind.DOCUMENT ? org.studiokit.core.RecordKey.document(id)
                : org.studiokit.core.RecordKey.movement(id);
    }

    @Override
    public int compareTo(RecordRef o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : Long.compare(id, o.id);
    }
}
