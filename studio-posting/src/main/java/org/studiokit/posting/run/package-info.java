/**
 * Posting runs (PST-1..4, LCK-2): the {@link org.studiokit.posting.run.PostingPlanner planner} produces an immutable
 * {@link org.studiokit.posting.run.PostingPlan plan}; a {@link org.studiokit.posting.run.PostingRun run} books it
 * through the {@link org.studiokit.posting.run.GlMapping GL mapping} into one batch.
 */
package org.studiokit.posting.run;
