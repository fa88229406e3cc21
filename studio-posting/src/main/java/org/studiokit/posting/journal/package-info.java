/**
 * The journal (PST-1, PST-3, LCK-2): immutable {@link org.studiokit.posting.journal.PostingBatch batches} of balanced
 * {@link org.studiokit.posting.journal.JournalEntry entries}, what each record has booked so far
 * ({@link org.studiokit.posting.journal.Booking}), and the storage and read ports of the posting side. Depends on
 * nothing else of studio-posting.
 */
package org.studiokit.posting.journal;
