package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.money.Money;

/**
 * A document (DOC-1): an invoice of any type, an estimate or a credit memo. Immutable; commands replace it. Its
 * balance is derived from the money movements (DOC-8), never stored. What it is never changes after issue (the
 * components below); what it says is its {@link DocumentContent}, replaced by edits; what happened to it since is its
 * {@link DocumentState}. The accessors of both parts are repeated here for readers.
 *
 * @param id            internal id
 * @param number        document number (DOC-2)
 * @param type          the type
 * @param clientId      the bill-to client
 * @param sessionId     the session for session-based documents, else null
 * @param originalId    the original invoice of a credit memo, else null
 * @param reason        a credit memo's reason, else null
 * @param writeOff      whether this credit memo is a write-off (DOC-11)
 * @param depositRefund whether this is the $0 invoice of a deposit refund (DEP-4)
 * @param createdBy     the user who created it
 * @param content       date, lines, discount, shipping, tax codes and totals
 * @param state         delivery, void, conversion, payment plan and lock state
 */
public record Document(long id, long number, DocumentType type, long clientId, Long sessionId, Long originalId,
        String reason, boolean writeOff, boolean depositRefund, String createdBy, DocumentContent content,
        DocumentState state) implements Identified {

    /** Validates. */
    public Document {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
    }

    /** @return the document date */
    public LocalDate date() {
        return content.date();
    }

    /** @return the lines */
    public List<Line> lines() {
        return content.lines();
    }

    /** @return the invoice discount or null */
    public Discount discount() {
        return content.discount();
    }

    /** @return shipping and handling */
    public Money shipping() {
        return content.shipping();
    }

    /** @return the invoice's tax codes */
    public List<String> taxes() {
        return content.taxes();
    }

    /** @return the priced totals (zero once void) */
    public Totals totals() {
        return content.totals();
    }

    /** @return the total (zero once void) */
    public Money total() {
        return content.totals().total();
    }

    /** @return the delivered date or null (PST-2) */
    public LocalDate delivered() {
        return state.delivered();
    }

    /** @return whether it was voided (DOC-12) */
    public boolean voided() {
        return state.voided();
    }

    /** @return for an estimate: the document it was converted to, else null */
    public Long convertedTo() {
        return state.convertedTo();
    }

    /** @return the payment plan or null (PLN-1) */
    public PaymentPlan plan() {
        return state.plan();
    }

    /** @return posting and lock state */
    public LockState lock() {
        return state.lock();
    }

    /** @return whether it is a credit memo */
    public boolean isCreditMemo() {
        return type == DocumentType.CREDIT_MEMO;
    }

    /** @return a copy with other content */
    public Document with(DocumentContent newContent) {
        return new Document(id, number, type, clientId, sessionId, originalId, reason, writeOff, depositRefund,
                createdBy, newContent, state);
    }

    /** @return a copy with another state */
    public Document with(DocumentState newState) {
        return new Document(id, number, type, clientId, sessionId, originalId, reason, writeOff, depositRefund,
                createdBy, content, newState);
    }

    /** @return a copy with another lock state */
    public Document withLock(LockState newLock) {
        return with(state.withLock(newLock));
    }

    /** @return a copy with new content and totals */
    public Document withContent(LocalDate newDate, List<Line> newLines, Discount newDiscount, Money newShipping,
            List<String> newTaxes, Totals newTotals) {
        return with(new DocumentContent(newDate, newLines, newDiscount, newShipping, newTaxes, newTotals));
    }

    /** @return a void copy: amounts zero */
    public Document asVoid(Totals zeroTotals) {
        return with(content.withTotals(zeroTotals)).with(state.asVoid());
    }

    /** @return a copy with a delivered date */
    public Document withDelivered(LocalDate when) {
        return with(state.withDelivered(when));
    }

    /** @return a copy with a payment plan */
    public Document withPlan(PaymentPlan newPlan) {
        return with(state.withPlan(newPlan));
    }

    /** @return a copy marked converted */
    public Document withConvertedTo(long documentId) {
        return with(state.withConvertedTo(documentId));
    }
}
