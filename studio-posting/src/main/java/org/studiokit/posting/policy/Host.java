package org.studiokit.posting.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.document.Document;

/**
 * {@code CUSTOM} (PST-2): the host's predicate decides; entries are dated like {@code WHEN_CREATED}.
 *
 * @param predicate the host's rule
 */
public record Host(HostPostingPredicate predicate) implements PostingPolicy {
    /** Validates. */
    public Host {
        Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public Decision decide(Candidate c) {
        return predicate.posts(c.document(), c.cutOff(), c.postedBalance()) ? Decision.post()
                : Decision.waits("the host's posting rule says not yet");
    }

    @Override
    public LocalDate entryDate(Document document, LocalDate cutOff) {
        return document.date();
    }
}
