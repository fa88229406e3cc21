package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.security.Permission;

/**
 * PAY-2: takes a whole payment or deposit application off its invoice. {@code Unapply.of(payment).on(date)}.
 *
 * @param movement  the payment's or application's id
 * @param date      the date
 * @param key       the idempotency key, or null
 */
public record Unapply(long movement, LocalDate date, String key)
        implements MoneyCommand {

    /** @return a un-apply */
    public static Unapply of(long movement) {
        return new Unapply(movement, null, null);
    }

    /** @return this un-apply on a date */
    public Unapply on(LocalDate value) {
        return new Unapply(movement, value, key);
    }

    /** @return this un-apply with an idempotency key */
    public Unapply key(String value) {
        return new Unapply(movement, date, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "unapply";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(movement, date, null, null);
    }
}
