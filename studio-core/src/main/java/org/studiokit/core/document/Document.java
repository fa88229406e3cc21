package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.money.Money;

/**
 * A document (DOC-1): an invoice of any type, an estimate or a credit memo. Immutable; commands replace it.
 * Its balance is derived from the money movements (DOC-8), never stored.
 *
 * @param id            internal id
 * @param number        document number (DOC-2)
 * @param type          the type
 * @param clientId      the bill-to client
 * @param sessionId     the session for session-based documents, else null
 * @param date          the document date
 * @param lines         the lines
 * @param discount      the invoice discount or null
 * @param shipping      shipping and handling (signed like the document)
 * @param taxes         the invoice's tax codes
 * @param totals        the priced totals (zero once void)
 * @param originalId    the original invoice of a credit memo, else null
 * @param reason        a credit memo's reason, else null
 * @param writeOff      whether this credit memo is a write-off (DOC-11)
 * @param depositRefund whether this is the $0 invoice of a deposit refund (DEP-4)
 * @param delivered     the delivered date or null (PST-2)
 * @param voided        whether it was voided (DOC-12)
 * @param convertedTo   for an estimate: the document it was converted to, else null
 * @param plan          the payment plan or null (PLN-1)
 * @param lock          posting and lock state
 * @param createdBy     the user who created it
 */
public record Document(long id, long number, DocumentType type, long clientId, Long sessionId, LocalDate date,
        List<Line> lines, Discount discount, Money shipping, List<String> taxes, Totals totals, Long originalId,
        String reason, boolean writeOff, boolean depositRefund, LocalDate delivered, boolean voided, Long convertedTo,
        PaymentPlan plan, LockState lock, String createdBy) implements Identified {

    /** Validates and copies. */
    public Document {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(lock, "lock");
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /** @return the total (zero once void) */
    public Money total() {
        return totals.total();
    }

    /** @return whether it is a credit memo */
    public boolean isCreditMemo() {
        return type == DocumentType.CREDIT_MEMO;
    }

    /** @return a copy with another lock state */
    public Document withLock(LockState state) {
        return new Document(id, number, type, clientId, sessionId, date, lines, discount, shipping, taxes, totals,
                originalId, reason, writeOff, depositRefund, delivered, voided, convertedTo, plan, state, createdBy);
    }

    /** @return a copy with new content and totals */
    public Document withContent(LocalDate newDate, List<Line> newLines, Discount newDiscount, Money newShipping,
            List<String> newTaxes, Totals newTotals) {
        return new Document(id, number, type, clientId, sessionId, newDate, newLines, newDiscount, newShipping,
                newTaxes, newTotals, originalId, reason, writeOff, depositRefund, delivered, voided, convertedTo, plan,
                lock, createdBy);
    }

    /** @return a void copy: amounts zero */
    public Document asVoid(Totals zeroTotals) {
        return new Document(id, number, type, clientId, sessionId, date, lines, discount, shipping, taxes, zeroTotals,
                originalId, reason, writeOff, depositRefund, delivered, true, convertedTo, plan, lock, createdBy);
    }

    /** @return a copy with a delivered date */
    public Document withDelivered(LocalDate when) {
        return new Document(id, number, type, clientId, sessionId, date, lines, discount, shipping, taxes, totals,
                originalId, reason, writeOff, depositRefund, when, voided, convertedTo, plan, lock, createdBy);
    }

    /** @return a copy with a payment plan */
    public Document withPlan(PaymentPlan newPlan) {
        return new Document(id, number, type, clientId, sessionId, date, lines, discount, shipping, taxes, totals,
                originalId, reason, writeOff, depositRefund, delivered, voided, convertedTo, newPlan, lock, createdBy);
    }

    /** @return a copy marked converted */
    public Document withConvertedTo(long documentId) {
        return new Document(id, number, type, clientId, sessionId, date, lines, discount, shipping, taxes, totals,
                originalId, reason, writeOff, depositRefund, delivered, voided, documentId, plan, lock, createdBy);
    }
}
