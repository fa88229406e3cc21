package org.studiokit.posting.export;

/** EXP-6: where an exported file stands with the accounting package. */
public enum DeliveryStatus {
    /** Written, not yet known to have reached the accounting package. */
    PENDING,
    /** The host reports that the accounting package has it. */
    DELIVERED,
    /** The host's delivery failed; it may be retried. */
    FAILED
}
