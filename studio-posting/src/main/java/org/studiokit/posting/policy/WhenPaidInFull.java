package org.studiokit.posting.policy;

import java.time.LocalDate;
import org.studiokit.core.document.Document;

/**
 * {@code WHEN_PAID_IN_FULL} (cash basis, PST-2): an invoice posts once its posted balance is ≤ 0; a credit memo once
 * its posted balance is 0 and every document it transferred credit to is posted or posts in this run.
 */
public record WhenPaidInFull() implements PostingPolicy {
    static final String MEMO_NOT_SETTLED =
            "credit memo not settled (balance not 0 or a document it credited is unposted)";

    @Override
    public Decision decide(Candidate c) {
        if (c.document().isCreditMemo()) {
            return creditMemo(c);
        }
        return c.postedBalance().isPositive() ? Decision.waits("not paid in full") : Decision.post();
    }

    /** The credit memo rule both paid-in-full policies share. */
    static Decision creditMemo(Candidate c) {
        return c.postedBalance().isZero() && c.transfersSettled() ? Decision.post()
                : Decision.waits(MEMO_NOT_SETTLED);
    }

    @Override
    public LocalDate entryDate(Document document, LocalDate cutOff) {
        return cutOff;
    }
}
