package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * REF-1: money paid back against a document with a credit balance.
 * {@code Refund.of(document, amount).method("Cash").on(date)}.
 *
 * @param document  the document's id
 * @param amount    the amount
 * @param method    the refund method
 * @param date      the date
 * @param reference check number, card, memo, or null
 * @param key       the idempotency key, or null
 */
public record Refund(long document, Money amount, String method, LocalDate date, String reference, String key)
        implements MoneyCommand {

    /** @return a refund */
    public static Refund of(long document, Money amount) {
        return new Refund(document, amount, null, null, null, null);
    }

    /** @return this refund by a method */
    public Refund method(String value) {
        return new Refund(document, amount, value, date, reference, key);
    }

    /** @return this refund on a date */
    public Refund on(LocalDate value) {
        return new Refund(document, amount, method, value, reference, key);
    }

    /** @return this refund with a reference */
    public Refund reference(String value) {
        return new Refund(document, amount, method, date, value, key);
    }

    /** @return this refund with an idempotency key */
    public Refund key(String value) {
        return new Refund(document, amount, method, date, reference, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.REFUND);
    }

    @Override
    public String command() {
        return "refund";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(document, date, method, amount);
    }
}
