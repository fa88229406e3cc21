package org.studiokit.examples.demo;

/** The records the demo's chapters create and later chapters come back to (internal ids). */
final class DemoRecords {
    long jane;
    long garcia;
    long tom;
    long emma;
    long priya;
    long brown;
    long janeSession;
    long tomSession;
    long brownInvoice;
    long janeFee;
    long janeFeePayment;
    long janeOrder;
    long weddingDeposit;
    long weddingInvoice;
    long tomEstimate;
    long tomOrder;
    long tomReorder;
    long tomCardPayment;
    long janeLabOrder;
    long janeWorkOrder;
    long tomLabOrder;

    /** @return the story's clients */
    long[] clients() {
        return new long[] {jane, garcia, tom, emma, priya, brown};
    }

    /** @return the story's invoices that carry goods or fees (no estimate, no credit memo) */
    long[] invoices() {
        return new long[] {brownInvoice, janeFee, janeOrder, weddingInvoice, tomOrder, tomReorder};
    }

    /** @return the story's production orders */
    long[] orders() {
        return new long[] {janeLabOrder, janeWorkOrder, tomLabOrder};
    }
}
