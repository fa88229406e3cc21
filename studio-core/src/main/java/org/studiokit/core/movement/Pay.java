package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * PAY-1: money received against one invoice. {@code Pay.of(invoice, amount).method("Check").on(date).key(k)}.
 *
 * @param invoice   the invoice's id
 * @param amount    the amount
 * @param method    the payment method
 * @param date      the date
 * @param reference check number, card, memo, or null
 * @param key       the idempotency key, or null
 */
public record Pay(long invoice, Money amount, String method, LocalDate date, String reference, String key)
        implements MoneyCommand {

    /** @return a payment of an amount on an invoice */
    public static Pay of(long invoice, Money amount) {
        return new Pay(invoice, amount, null, null, null, null);
    }

    /** @return this payment by a method */
    public Pay method(String value) {
        return new Pay(invoice, amount, value, date, reference, key);
    }

    /** @return this payment on a date */
    public Pay on(LocalDate value) {
        return new Pay(invoice, amount, method, value, reference, key);
    }

    /** @return this payment with a reference */
    public Pay reference(String value) {
        return new Pay(invoice, amount, method, date, value, key);
    }

    /** @return this payment with an idempotency key */
    public Pay key(String value) {
        return new Pay(invoice, amount, method, date, reference, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "payment";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(invoice, date, method, amount);
    }
}
