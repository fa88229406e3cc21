package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * TRF-1: moves credit from a document with a credit balance to one with a balance due.
 * {@code Transfer.of(from, to, amount).on(date)}.
 *
 * @param from      the id of the document with the credit
 * @param to        the id of the document with the balance due
 * @param amount    the amount
 * @param date      the date
 * @param key       the idempotency key, or null
 */
public record Transfer(long from, long to, Money amount, LocalDate date, String key)
        implements MoneyCommand {

    /** @return a transfer */
    public static Transfer of(long from, long to, Money amount) {
        return new Transfer(from, to, amount, null, null);
    }

    /** @return this transfer on a date */
    public Transfer on(LocalDate value) {
        return new Transfer(from, to, amount, value, key);
    }

    /** @return this transfer with an idempotency key */
    public Transfer key(String value) {
        return new Transfer(from, to, amount, date, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "transfer";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(from + ">" + to, date, null, amount);
    }
}
