package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.money.Money;

/**
 * What a new document is made of. Build it with the static factories and the {@code with…} methods.
 *
 * @param type       the document type
 * @param clientId   the bill-to client (defaults to the session's client for session-based documents), or null
 * @param sessionId  the session for session-based documents, or null
 * @param date       the document date
 * @param lines      the lines (credit memos: quantities ≤ 0)
 * @param discount   the invoice discount or null
 * @param shipping   shipping as a magnitude, or null
 * @param taxes      the invoice's tax codes, or null for the studio's default set
 * @param originalId a credit memo's original invoice, or null
 * @param reason     a credit memo's reason, or null
 */
public record DocumentDraft(DocumentType type, Long clientId, Long sessionId, LocalDate date, List<Line> lines,
        Discount discount, Money shipping, List<String> taxes, Long originalId, String reason) {

    /** Copies. */
    public DocumentDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        taxes = taxes == null ? null : List.copyOf(taxes);
    }

    /** @return a session-based draft */
    public static DocumentDraft forSession(DocumentType type, long sessionId, LocalDate date) {
        return new DocumentDraft(type, null, sessionId, date, List.of(), null, null, null, null, null);
    }

    /** @return a client-based draft */
    public static DocumentDraft forClient(DocumentType type, long clientId, LocalDate date) {
        return new DocumentDraft(type, clientId, null, date, List.of(), null, null, null, null, null);
    }

    /** @return this draft with one more line */
    public DocumentDraft line(Line line) {
        List<Line> l = new ArrayList<>(lines);
        l.add(line);
        return new DocumentDraft(type, clientId, sessionId, date, l, discount, shipping, taxes, originalId, reason);
    }

    /** @return this draft with an invoice discount */
    public DocumentDraft withDiscount(Discount d) {
        return new DocumentDraft(type, clientId, sessionId, date, lines, d, shipping, taxes, originalId, reason);
    }

    /** @return this draft with shipping */
    public DocumentDraft withShipping(Money s) {
        return new DocumentDraft(type, clientId, sessionId, date, lines, discount, s, taxes, originalId, reason);
    }

    /** @return this draft with its own tax codes */
    public DocumentDraft withTaxes(List<String> codes) {
        return new DocumentDraft(type, clientId, sessionId, date, lines, discount, shipping, codes, originalId, reason);
    }

    /** @return this draft as a credit memo of an original, with a reason */
    public DocumentDraft withOriginal(long original, String why) {
        return new DocumentDraft(type, clientId, sessionId, date, lines, discount, shipping, taxes, original, why);
    }
}
