package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Permission;

/**
 * DOC-11: writes off part of an invoice's balance. {@code WriteOff.of(invoice, amount).on(date)}.
 *
 * @param invoice   the invoice's id
 * @param amount    the amount
 * @param date      the date
 * @param key       the idempotency key, or null
 */
public record WriteOff(long invoice, Money amount, LocalDate date, String key)
        implements MoneyCommand {

    /** @return a write-off */
    public static WriteOff of(long invoice, Money amount) {
        return new WriteOff(invoice, amount, null, null);
    }

    /** @return this write-off on a date */
    public WriteOff on(LocalDate value) {
        return new WriteOff(invoice, amount, value, key);
    }

    /** @return this write-off with an idempotency key */
    public WriteOff key(String value) {
        return new WriteOff(invoice, amount, date, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.WRITE_OFF);
    }

    @Override
    public String command() {
        return "writeOff";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(invoice, date, null, amount);
    }
}
