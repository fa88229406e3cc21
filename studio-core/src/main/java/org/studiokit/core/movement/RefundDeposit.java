package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * DEP-4: refunds (part of) a deposit. {@code RefundDeposit.of(deposit, amount).method("Cash").on(date)}.
 *
 * @param deposit   the deposit's (or un-apply's) id
 * @param amount    the amount
 * @param method    the refund method
 * @param date      the date
 * @param reference check number, card, memo, or null
 * @param key       the idempotency key, or null
 */
public record RefundDeposit(long deposit, Money amount, String method, LocalDate date, String reference, String key)
        implements MoneyCommand {

    /** @return a deposit refund */
    public static RefundDeposit of(long deposit, Money amount) {
        return new RefundDeposit(deposit, amount, null, null, null, null);
    }

    /** @return this deposit refund by a method */
    public RefundDeposit method(String value) {
        return new RefundDeposit(deposit, amount, value, date, reference, key);
    }

    /** @return this deposit refund on a date */
    public RefundDeposit on(LocalDate value) {
        return new RefundDeposit(deposit, amount, method, value, reference, key);
    }

    /** @return this deposit refund with a reference */
    public RefundDeposit reference(String value) {
        return new RefundDeposit(deposit, amount, method, date, value, key);
    }

    /** @return this deposit refund with an idempotency key */
    public RefundDeposit key(String value) {
        return new RefundDeposit(deposit, amount, method, date, reference, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.REFUND);
    }

    @Override
    public String command() {
        return "refundDeposit";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(deposit, date, method, amount);
    }
}
