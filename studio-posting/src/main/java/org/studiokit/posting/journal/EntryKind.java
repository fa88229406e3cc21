package org.studiokit.posting.journal;

/** What a journal entry books (PST-3, PST-4, LCK-2). */
public enum EntryKind {
    /** The adjustment of an unlocked record. */
    ADJUSTMENT,
    /** A document's posting. */
    DOCUMENT,
    /** A Customer Deposits → A/R move when a document posts with money booked while it was unposted. */
    DEPOSITS_TO_AR,
    /** A money movement's posting. */
    MOVEMENT
}
