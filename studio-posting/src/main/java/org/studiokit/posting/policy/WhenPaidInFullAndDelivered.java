package org.studiokit.posting.policy;

import java.time.LocalDate;
import org.studiokit.core.document.Document;

/**
 * {@code WHEN_PAID_IN_FULL_AND_DELIVERED} (PST-2): an invoice also needs a delivered date on or before the cut-off
 * (a deposit refund's $0 invoice counts as delivered); credit memos follow the paid-in-full rule.
 */
public record WhenPaidInFullAndDelivered() implements PostingPolicy {
    @Override
    public Decision decide(Candidate c) {
        Document d = c.document();
        if (d.isCreditMemo()) {
            return WhenPaidInFull.creditMemo(c);
        }
        boolean delivered = d.depositRefund() || d.delivered() != null && !d.delivered().isAfter(c.cutOff());
        return !c.postedBalance().isPositive() && delivered ? Decision.post()
                : Decision.waits("not paid in full and delivered");
    }

    @Override
    public LocalDate entryDate(Document document, LocalDate cutOff) {
        return cutOff;
    }
}
