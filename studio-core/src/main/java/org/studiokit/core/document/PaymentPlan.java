package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;

/**
 * A payment plan (PLN-1): planned payments for a balance. A planned payment is not money until received.
 *
 * @param frequency    how often
 * @param installments the installments in due order
 */
public record PaymentPlan(Frequency frequency, List<Installment> installments) {

    /** How often installments fall due. */
    public enum Frequency { WEEKLY, BIWEEKLY, MONTHLY }

    /**
     * One planned payment.
     *
     * @param due    the due date
     * @param amount the amount
     */
    public record Installment(LocalDate due, Money amount) {
    }

    /** Copies. */
    public PaymentPlan {
        installments = List.copyOf(installments);
    }

    /**
     * Plans {@code count} payments for a balance: the first N−1 are floor(balance / N) to the cent, the last takes
     * the rest; due dates are first + 7k days, + 14k days, or first plus k months clamped to the month's end.
     */
    public static PaymentPlan of(Money balance, int count, Frequency frequency, LocalDate first) {
        checkCount(count);
        if (!balance.isPositive()) {
            throw new StudioException(ErrorCode.VALIDATION, "nothing to plan: balance " + balance, "balance", balance);
        }
        if (count > balance.minor()) {
            throw new StudioException(ErrorCode.VALIDATION, count + " installments of " + balance
                    + " would leave some at zero: at most " + balance.minor() + " installments",
                    "count", count, "balance", balance);
        }
        long each = Math.floorDiv(balance.minor(), count);
        List<Installment> list = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LocalDate due = switch (frequency) {
                case WEEKLY -> first.plusDays(7L * k);
                case BIWEEKLY -> first.plusDays(14L * k);
                case MONTHLY -> first.plusMonths(k);
            };
            if (due.isAfter(Inputs.LAST_DATE)) {
                throw new StudioException(ErrorCode.VALIDATION, "installment " + (k + 1) + " would fall due after "
                        + Inputs.LAST_DATE + ": dates are years 0001 to 9999", "installment", k + 1,
                        "first", first);
            }
            long amount = k < count - 1 ? each : balance.minor() - each * (count - 1);
            list.add(new Installment(due, Money.ofMinor(amount, balance.currency())));
        }
        return new PaymentPlan(frequency, list);
    }

    /** PLN-1: refuses a count outside 1 to 1000 ({@code VALIDATION}). */
    public static void checkCount(int count) {
        if (count < 1 || count > 1000) {
            throw new StudioException(ErrorCode.VALIDATION, "installment count " + count
                    + " is out of range: 1 to 1000 installments", "count", count);
        }
    }

    /**
     * Fills installments in date order with the money received and lists those still (partly) open and due on or
     * before a date, with their open amounts.
     *
     * @param received money received on the invoice so far
     * @param asOf     the date
     * @return the installments due or overdue, with what is still open of each
     */
    public List<Installment> due(Money received, LocalDate asOf) {
        long left = Math.max(0, received.minor());
        List<Installment> open = new ArrayList<>();
        for (Installment i : installments) {
            long paid = Math.min(left, i.amount().minor());
            left -= paid;
            long rest = i.amount().minor() - paid;
            if (rest > 0 && !i.due().isAfter(asOf)) {
                open.add(new Installment(i.due(), Money.ofMinor(rest, i.amount().currency())));
            }
        }
        return open;
    }
}
