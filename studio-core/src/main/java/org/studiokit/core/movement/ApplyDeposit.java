package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * DEP-2: applies a deposit (or an un-apply) to an invoice of the same client.
 * {@code ApplyDeposit.of(deposit, invoice, amount).on(date)}.
 *
 * @param deposit   the deposit's (or un-apply's) id
 * @param invoice   the invoice's id
 * @param amount    the amount
 * @param date      the date
 * @param key       the idempotency key, or null
 */
public record ApplyDeposit(long deposit, long invoice, Money amount, LocalDate date, String key)
        implements MoneyCommand {

    /** @return a application */
    public static ApplyDeposit of(long deposit, long invoice, Money amount) {
        return new ApplyDeposit(deposit, invoice, amount, null, null);
    }

    /** @return this application on a date */
    public ApplyDeposit on(LocalDate value) {
        return new ApplyDeposit(deposit, invoice, amount, value, key);
    }

    /** @return this application with an idempotency key */
    public ApplyDeposit key(String value) {
        return new ApplyDeposit(deposit, invoice, amount, date, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "applyDeposit";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(deposit + ">" + invoice, date, null, amount);
    }
}
