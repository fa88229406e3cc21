package org.studiokit.posting.run;

import org.studiokit.posting.journal.RecordRef;

/**
 * One record in a posting preview (PST-1): whether the run would post it and, if not, why.
 *
 * @param record   the record
 * @param label    how people name it
 * @param eligible whether the run would post it
 * @param reason   why not (empty when eligible)
 */
public record PreviewItem(RecordRef record, String label, boolean eligible, String reason) {
}
