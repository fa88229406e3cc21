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
}
