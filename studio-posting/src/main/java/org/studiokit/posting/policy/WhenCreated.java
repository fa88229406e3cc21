package org.studiokit.posting.policy;

import java.time.LocalDate;
import org.studiokit.core.document.Document;

/** {@code WHEN_CREATED} (accrual, PST-2): a document posts once dated on or before the cut-off. */
public record WhenCreated() implements PostingPolicy {
    @Override
    public Decision decide(Candidate candidate) {
        return Decision.post();
    }

    @Override
    public LocalDate entryDate(Document document, LocalDate cutOff) {
        return document.date();
    }
}
