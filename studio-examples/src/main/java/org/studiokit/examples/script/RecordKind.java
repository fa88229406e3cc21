package org.studiokit.examples.script;

/** What kind of record a ref names; the op that defines the ref decides it. */
public enum RecordKind {
    /** A client. */
    CLIENT,
    /** A photo session. */
    SESSION,
    /** A document (invoice, estimate, credit memo). */
    DOCUMENT,
    /** A money movement. */
    MOVEMENT,
    /** A production order. */
    ORDER,
    /** A posting batch (possibly none: a run with nothing to post). */
    BATCH
}
