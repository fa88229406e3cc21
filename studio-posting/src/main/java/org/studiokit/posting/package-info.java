/**
 * Posting (SPEC §7): posting runs with a cut-off and an optional payment-method filter produce immutable
 * {@link org.studiokit.posting.journal.PostingBatch batches} of balanced journal entries under the studio's posting
 * policy; posted records lock; unlocked records are adjusted in the next run; a lock date closes periods. The
 * facade, {@link org.studiokit.posting.Books}, sits on top: no package below it depends on it.
 */
package org.studiokit.posting;
