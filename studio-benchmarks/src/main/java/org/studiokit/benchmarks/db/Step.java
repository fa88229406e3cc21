package org.studiokit.benchmarks.db;

import java.time.LocalDate;

/**
 * One step of {@code books.json}, read once before anything is timed so that both recorders get the same input.
 *
 * @param op     client, invoice, payment, deposit or post
 * @param ref    the step's own reference (client and invoice), else null
 * @param target the client (invoice, deposit) or invoice (payment) the step refers to, else null
 * @param name   the client's name, else null
 * @param date   the document's date (the cut-off for post), else null
 * @param amount the invoice line's price or the money's amount, as the script writes it, else null
 * @param method the payment method, else null
 */
record Step(String op, String ref, String target, String name, LocalDate date, String amount, String method) {
    /** @return whether the step records a document (invoice, payment or deposit) */
    boolean isDocument() {
        return switch (op) {
            case "invoice", "payment", "deposit" -> true;
            default -> false;
        };
    }

    /** @return the amount in minor units (the script writes two decimals) */
    long minor() {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
