package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * DEP-1: a customer deposit received before any invoice. {@code Deposit.of(client, amount).method("Cash").on(date)}.
 *
 * @param client    the client's id
 * @param amount    the amount
 * @param method    the payment method
 * @param date      the date
 * @param reference check number, card, memo, or null
 * @param key       the idempotency key, or null
 */
public record Deposit(long client, Money amount, String method, LocalDate date, String reference, String key)
        implements MoneyCommand {

    /** @return a deposit */
    public static Deposit of(long client, Money amount) {
        return new Deposit(client, amount, null, null, null, null);
    }

    /** @return this deposit by a method */
    public Deposit method(String value) {
        return new Deposit(client, amount, value, date, reference, key);
    }

    /** @return this deposit on a date */
    public Deposit on(LocalDate value) {
        return new Deposit(client, amount, method, value, reference, key);
    }

    /** @return this deposit with a reference */
    public Deposit reference(String value) {
        return new Deposit(client, amount, method, date, value, key);
    }

    /** @return this deposit with an idempotency key */
    public Deposit key(String value) {
        return new Deposit(client, amount, method, date, reference, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "deposit";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(client, date, method, amount);
    }
}
