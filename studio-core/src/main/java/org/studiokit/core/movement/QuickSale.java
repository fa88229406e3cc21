package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.document.Line;
import org.studiokit.core.security.Permission;

/**
 * DOC-10: a generic invoice for the Quick Sale client and its payment in full.
 * {@code QuickSale.of(lines).method("Cash").on(date)}.
 *
 * @param lines     the invoice lines
 * @param method    the payment method
 * @param date      the date
 * @param reference check number, card, memo, or null
 * @param key       the idempotency key, or null
 */
public record QuickSale(List<Line> lines, String method, LocalDate date, String reference, String key)
        implements MoneyCommand {

    /** Copies the lines. */
    public QuickSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** @return a quick sale */
    public static QuickSale of(List<Line> lines) {
        return new QuickSale(lines, null, null, null, null);
    }

    /** @return this quick sale by a method */
    public QuickSale method(String value) {
        return new QuickSale(lines, value, date, reference, key);
    }

    /** @return this quick sale on a date */
    public QuickSale on(LocalDate value) {
        return new QuickSale(lines, method, value, reference, key);
    }

    /** @return this quick sale with a reference */
    public QuickSale reference(String value) {
        return new QuickSale(lines, method, date, value, key);
    }

    /** @return this quick sale with an idempotency key */
    public QuickSale key(String value) {
        return new QuickSale(lines, method, date, reference, value);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.SELL, Permission.RECEIVE_PAYMENT);
    }

    @Override
    public String command() {
        return "quickSale";
    }

    @Override
    public Fingerprint fingerprint() {
        return new Fingerprint(0, date, method, null);
    }
}
