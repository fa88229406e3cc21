package org.studiokit.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.security.Actor;

/**
 * The posting side's seat at a studio: the one place that marks records posted in a batch (PST-1, LCK-1). A studio
 * has one seat, claimed once by the posting side that books its journal (the posting module's {@code Books} claims
 * it when it is built, before the studio is handed to anyone); a second claim is refused. So nothing public can mark
 * a record posted without the journal entries that book it, and a period close always asks the claimed side what is
 * still open (LCK-3) instead of taking the answer from its caller.
 */
public final class PostingSeat {
    private final Locks locks;

    private PostingSeat(Locks locks) {
        this.locks = locks;
    }

    /**
     * Claims a studio's posting seat.
     *
     * @param eligibility what the claiming side says is still open through a date; every period close of the studio
     *                    asks it ({@link Locks#closePeriod(Actor, LocalDate)})
     * @return the seat
     * @throws IllegalStateException when the studio's seat was claimed already
     */
    public static PostingSeat claim(Studio studio, PostingEligibility eligibility) {
        Objects.requireNonNull(eligibility, "eligibility");
        return new PostingSeat(studio.claimLocks(eligibility));
    }

    /**
     * PST-1, LCK-1: marks records posted in a batch (each keeps its first batch) and audits the batch. Needs
     * {@code POST}; the batch's date must be after the lock date (LCK-3); a record still locked is refused with
     * {@code LOCKED}. Runs in the caller's transaction when there is one, so it commits with the batch's entries.
     *
     * @param summary what the batch holds, for the audit entry
     */
    public void post(Actor actor, long batch, LocalDate through, List<RecordKey> records, String summary) {
        locks.post(actor, batch, through, records, summary);
    }

    /**
     * LCK-3: closes the period through a date asking a posting policy of the claiming side's choice (a host
     * predicate of its own, say) what is still open. Needs {@code CLOSE_PERIOD}; audited.
     *
     * @return the new lock date
     */
    public LocalDate closePeriod(Actor actor, LocalDate through, PostingEligibility eligibility) {
        return locks.closePeriod(actor, through, Objects.requireNonNull(eligibility, "eligibility"));
    }
}
