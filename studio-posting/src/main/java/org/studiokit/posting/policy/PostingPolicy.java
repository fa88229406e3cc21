package org.studiokit.posting.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.document.Document;
import org.studiokit.core.settings.PostingPolicyKind;

/**
 * A studio's document posting policy (PST-2), and with it the date of a document's posting entry (PST-3): the one
 * place both rules are stated. The planner applies what every policy shares first (estimates and void documents
 * never post, nothing dated after the cut-off posts, nothing posts into a closed period: LCK-3), then asks the
 * policy about each remaining document, again as money and documents join the run.
 */
public sealed interface PostingPolicy permits WhenCreated, WhenPaidInFull, WhenPaidInFullAndDelivered, Host {
    /**
     * @param kind the studio's setting
     * @param host the host's predicate, for {@code CUSTOM}
     * @return the policy
     */
    static PostingPolicy of(PostingPolicyKind kind, HostPostingPredicate host) {
        return switch (kind) {
            case WHEN_CREATED -> new WhenCreated();
            case WHEN_PAID_IN_FULL -> new WhenPaidInFull();
            case WHEN_PAID_IN_FULL_AND_DELIVERED -> new WhenPaidInFullAndDelivered();
            case CUSTOM -> new Host(Objects.requireNonNull(host, "host predicate"));
        };
    }

    /** PST-2: whether a candidate document posts in this run, or why not. */
    Decision decide(Candidate candidate);

    /**
     * PST-3: the date of a document's posting entry. Accrual and host policies date it with the document; the
     * paid-in-full policies with the run's cut-off. (Moves and adjustments always carry the cut-off.)
     */
    LocalDate entryDate(Document document, LocalDate cutOff);
}
