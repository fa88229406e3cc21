package org.studiokit.core.movement;

import java.time.LocalDate;
import org.studiokit.core.money.Money;

/**
 * What a new money movement is made of, before it gets its id and number.
 *
 * @param kind       the kind
 * @param date       the date
 * @param amount     the amount
 * @param clientId   the client
 * @param method     the payment method or null
 * @param reference  the reference or null
 * @param key        the idempotency key or null
 * @param documentId the document or null
 * @param targetId   a transfer's target or null
 * @param sourceId   the deposit or payment it comes from, or null
 * @param pairId     the other half of a deposit refund, or null
 */
public record MovementDraft(MovementKind kind, LocalDate date, Money amount, long clientId, String method,
        String reference, String key, Long documentId, Long targetId, Long sourceId, Long pairId) {

    public static MovementDraft of(MovementKind kind, LocalDate date, Money amount, long clientId) {
        return new MovementDraft(kind, date, amount, clientId, null, null, null, null, null, null, null);
    }

    public MovementDraft paid(String byMethod, String withReference) {
        return new MovementDraft(kind, date, amount, clientId, byMethod, withReference, key, documentId, targetId,
                sourceId, pairId);
    }

    public MovementDraft key(String value) {
        return new MovementDraft(kind, date, amount, clientId, method, reference, value, documentId, targetId,
                sourceId, pairId);
    }

    public MovementDraft on(Long document) {
        return new MovementDraft(kind, date, amount, clientId, method, reference, key, document, targetId, sourceId,
                pairId);
    }

    public MovementDraft to(Long target) {
        return new MovementDraft(kind, date, amount, clientId, method, reference, key, documentId, target, sourceId,
                pairId);
    }

    public MovementDraft from(Long source) {
        return new MovementDraft(kind, date, amount, clientId, method, reference, key, documentId, targetId, source,
                pairId);
    }

    public MovementDraft pair(Long other) {
        return new MovementDraft(kind, date, amount, clientId, method, reference, key, documentId, targetId, sourceId,
                other);
    }
}
