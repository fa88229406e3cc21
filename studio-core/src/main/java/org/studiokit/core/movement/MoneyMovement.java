package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.SharedDates;
import org.studiokit.core.money.Money;

/**
 * A money movement. Immutable; commands replace it.
 *
 * @param id             internal id
 * @param number         movement number (one sequence for all kinds)
 * @param kind           the kind
 * @param date           its date
 * @param amount         the amount, above zero (zero once void)
 * @param method         the payment method (payments, deposits, refunds), else null
 * @param reference      check number, card type/last 4 or memo, or null
 * @param user           who recorded it
 * @param key            the idempotency key or null (IDM-1)
 * @param clientId       the client whose money it is (for a transfer: the source document's client)
 * @param documentId     the document it affects: payment, refund and application target; the invoice an un-apply
 *                       took money off; a transfer's source; null for a deposit
 * @param targetId       a transfer's target document, else null
 * @param sourceId       an application's deposit or un-apply; an un-apply's payment or application; a deposit
 *                       refund's deposit or un-apply; else null
 * @param pairId         a deposit refund's application (on the refund) or refund (on the application), else null
 * @param voided         whether it was voided
 * @param lock           posting and lock state
 */
public record MoneyMovement(long id, long number, MovementKind kind, LocalDate date, Money amount, String method,
        String reference, String user, String key, long clientId, Long documentId, Long targetId, Long sourceId,
        Long pairId, boolean voided, LockState lock) implements Identified {

    /** Validates. */
    public MoneyMovement {
        Objects.requireNonNull(kind, "kind");
        date = SharedDates.shared(Objects.requireNonNull(date, "date"));
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lock, "lock");
    }

    /** @return a copy with another lock state */
    public MoneyMovement withLock(LockState state) {
        return new MoneyMovement(id, number, kind, date, amount, method, reference, user, key, clientId, documentId,
                targetId, sourceId, pairId, voided, state);
    }

    /** @return a copy linked to its other half (a deposit refund's application and refund) */
    public MoneyMovement withPair(long pair) {
        return new MoneyMovement(id, number, kind, date, amount, method, reference, user, key, clientId, documentId,
                targetId, sourceId, pair, voided, lock);
    }

    /** @return a copy with new date, method and amount */
    public MoneyMovement withContent(LocalDate newDate, String newMethod, Money newAmount) {
        return new MoneyMovement(id, number, kind, newDate, newAmount, newMethod, reference, user, key, clientId,
                documentId, targetId, sourceId, pairId, voided, lock);
    }

    /** @return a void copy: amount zero */
    public MoneyMovement asVoid() {
        return new MoneyMovement(id, number, kind, date, Money.zero(amount.currency()), method, reference, user, key,
                clientId, documentId, targetId, sourceId, pairId, true, lock);
    }

    /**
     * How this movement changes a document's balance (DOC-8): payments, applications and credit transferred in
     * lower it; credit transferred out, refunds and un-applies raise it.
     *
     * @return the signed change to the document's balance, zero when it does not touch the document
     */
    public Money effectOn(long docId) {
        Money zero = Money.zero(amount.currency());
        if (voided) {
            return zero;
        }
        return switch (kind) {
            case PAYMENT, APPLICATION -> Objects.equals(documentId, docId) ? amount.negate() : zero;
            case REFUND, UNAPPLY -> Objects.equals(documentId, docId) ? amount : zero;
            case TRANSFER -> Objects.equals(documentId, docId) ? amount
                    : Objects.equals(targetId, docId) ? amount.negate() : zero;
            case DEPOSIT -> zero;
        };
    }
}
