package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.security.Permission;

/**
 * A money command (PAY-1, PAY-2, DEP-1, DEP-2, DEP-4, REF-1, TRF-1, DOC-10, DOC-11): a small value that knows the
 * permission it needs (PTY-3) and its idempotency fingerprint (IDM-1). {@link org.studiokit.core.service.Payments}
 * runs every one through the same sequence of checks ({@code CommandLadder}, in the same package).
 */
public sealed interface MoneyCommand
        permits Pay, Deposit, ApplyDeposit, RefundDeposit, Refund, Transfer, Unapply, WriteOff, QuickSale {

    /** @return what the actor needs (PTY-3) */
    List<Permission> permissions();

    /** @return the IDM-1 command type, stored with the key */
    String command();

    /** @return the IDM-1 business fields: target, date, method, amount (a quick sale's amount is priced) */
    Fingerprint fingerprint();

    /** @return the idempotency key, or null */
    String key();

    /** @return the date the money moves on */
    LocalDate date();

    /**
     * IDM-1: the business fields a retry must repeat.
     *
     * @param target the target record(s)
     * @param date   the date
     * @param method the payment method or null
     * @param amount the amount, or null (un-apply: the whole payment; quick sale: until priced)
     */
    record Fingerprint(Object target, LocalDate date, String method, Object amount) {
        /** @return the same fields with the amount set */
        public Fingerprint withAmount(Object priced) {
            return new Fingerprint(target, date, method, priced);
        }

        /** @return the stored text: {@code target|date|method|amount} */
        public String text() {
            return target + "|" + date + "|" + method + "|" + amount;
        }
    }
}
