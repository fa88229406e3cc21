/**
 * The studio's records as the posting side reads them: the {@link org.studiokit.posting.records.RecordReader} port
 * reports and the planner read through, its adapter over the studio store, and record labels.
 */
package org.studiokit.posting.records;
