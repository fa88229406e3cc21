package org.studiokit.core.settings;

/** The studio's document posting policy (PST-2); the rules live in studio-posting. */
public enum PostingPolicyKind {
    /** Accrual: a document posts once dated on or before the cut-off. */
    WHEN_CREATED,
    /** Cash basis: an invoice posts once paid in full. */
    WHEN_PAID_IN_FULL,
    /** Cash basis, and the invoice must have been delivered. */
    WHEN_PAID_IN_FULL_AND_DELIVERED,
    /** A host-supplied predicate decides. */
    CUSTOM
}
