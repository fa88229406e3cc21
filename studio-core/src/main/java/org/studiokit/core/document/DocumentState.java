package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.LockState;

/**
 * What happens to a document after it is issued: delivery (PST-2), void (DOC-12), conversion of an estimate, a
 * payment plan (PLN-1), and its posting and lock state (LCK-1).
 *
 * @param delivered   the delivered date or null
 * @param voided      whether it was voided
 * @param convertedTo for an estimate: the document it was converted to, else null
 * @param plan        the payment plan or null
 * @param lock        posting and lock state
 */
public record DocumentState(LocalDate delivered, boolean voided, Long convertedTo, PaymentPlan plan, LockState lock) {

    /** The state of a document just issued: not delivered, not void, no plan, unposted. */
    public static final DocumentState ISSUED = new DocumentState(null, false, null, null, LockState.UNPOSTED);

    /**
     * The state {@link #withLock} gave a document with nothing but a lock state last: the documents of a posting run
     * share one state instead of one each.
     */
    private static volatile DocumentState lastLockOnly = ISSUED;

    /** Validates. */
    public DocumentState {
        Objects.requireNonNull(lock, "lock");
    }

    /** @return a copy with another lock state */
    public DocumentState withLock(LockState newLock) {
        if (delivered != null || voided || convertedTo != null || plan != null) {
            return new DocumentState(delivered, voided, convertedTo, plan, newLock);
        }
        DocumentState last = lastLockOnly;
        if (!last.lock.equals(newLock)) {
            last = new DocumentState(null, false, null, null, newLock);
            lastLockOnly = last;
        }
        return last;
    }

    /** @return a copy with a delivered date */
    public DocumentState withDelivered(LocalDate when) {
        return new DocumentState(when, voided, convertedTo, plan, lock);
    }

    /** @return a void copy */
    public DocumentState asVoid() {
        return new DocumentState(delivered, true, convertedTo, plan, lock);
    }

    /** @return a copy marked converted to a document */
    public DocumentState withConvertedTo(Long documentId) {
        return new DocumentState(delivered, voided, documentId, plan, lock);
    }

    /** @return a copy with a payment plan */
    public DocumentState withPlan(PaymentPlan newPlan) {
        return new DocumentState(delivered, voided, convertedTo, newPlan, lock);
    }
}
