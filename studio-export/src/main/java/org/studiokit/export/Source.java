package org.studiokit.export;

/** What an exported transaction books: the source record's kind, or a grouping of several. */
public enum Source {
    /** An invoice's posting. */
    INVOICE,
    /** A credit memo's posting (write-offs included). */
    CREDIT_MEMO,
    /** A payment received against an invoice. */
    PAYMENT,
    /** A customer deposit received. */
    DEPOSIT,
    /** A deposit (or un-applied payment) applied to an invoice. */
    APPLICATION,
    /** Money paid back to a client. */
    REFUND,
    /** A credit balance moved between documents. */
    TRANSFER,
    /** A payment or application taken off its invoice. */
    UNAPPLY,
    /** A Customer Deposits to A/R move when a document posts (PST-3). */
    DEPOSITS_TO_AR,
    /** The adjustment of an unlocked record (LCK-2). */
    ADJUSTMENT,
    /** One payment method's money movements of one day, as one total (PAY-3). */
    DAILY_TOTAL,
    /** Everything a batch booked on one day (summary exports). */
    DAY_SUMMARY
}
