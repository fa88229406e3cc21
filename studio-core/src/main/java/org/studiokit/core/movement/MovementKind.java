package org.studiokit.core.movement;

/** Kinds of money movement. All share one number sequence (PST-3). */
public enum MovementKind {
    /** Money received against one invoice (PAY-1). */
    PAYMENT,
    /** Money received from a client before any invoice (DEP-1). */
    DEPOSIT,
    /** A deposit (or un-apply) applied to an invoice (DEP-2). */
    APPLICATION,
    /** Money paid back against a document with a credit balance (REF-1, DEP-4). */
    REFUND,
    /** Credit moved from one document to another (TRF-1). */
    TRANSFER,
    /** A whole payment or application taken off its invoice, becoming an unapplied deposit (PAY-2). */
    UNAPPLY;

    /** @return whether the kind carries a payment method (money that changes hands) */
    public boolean hasMethod() {
        return this == PAYMENT || this == DEPOSIT || this == REFUND;
    }

    /** @return whether the kind is a source of unapplied deposit money */
    public boolean depositSource() {
        return this == DEPOSIT || this == UNAPPLY;
    }
}
