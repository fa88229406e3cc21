/**
 * Posting (SPEC §7): posting runs with a cut-off and an optional payment-method filter produce immutable
 * {@link org.studiokit.posting.PostingBatch batches} of balanced journal entries under the studio's posting policy;
 * posted records lock; unlocked records are adjusted in the next run; a lock date closes periods. Entry point:
 * {@link org.studiokit.posting.Books}.
 */
package org.studiokit.posting;
