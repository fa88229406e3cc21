package org.studiokit.testkit;

import static org.studiokit.testkit.CoreOps.balance;
import static org.studiokit.testkit.CoreOps.credit;
import static org.studiokit.testkit.CoreOps.due;
import static org.studiokit.testkit.CoreOps.liveSource;
import static org.studiokit.testkit.CoreOps.movement;
import static org.studiokit.testkit.CoreOps.oneMinor;
import static org.studiokit.testkit.CoreOps.pickId;
import static org.studiokit.testkit.CoreOps.remaining;
import static org.studiokit.testkit.CoreOps.zero;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receipt;
import org.studiokit.testkit.CoreOps.LineSpec;

/**
 * The money commands of studio-core (PAY, DEP, REF, TRF, DOC-10/11, PAY-2), one record per command. Picks and
 * {@link Amount}s resolve as described in {@link CoreOps}; keyed commands are remembered for IDM-1 retries.
 */
public final class MoneyOps {
    private MoneyOps() {
    }

    /** Runs a money command, with a fresh idempotency key when asked, and remembers it for retries. */
    static Receipt issue(World w, boolean keyed, String command, Function<String, Receipt> call,
            Function<String, Receipt> clash) {
        if (!keyed) {
            return call.apply(null);
        }
        String key = w.newKey();
        Receipt first = call.apply(key);
        w.remember(new KeyedCall(key, command, first, () -> call.apply(key), () -> clash.apply(key)));
        return first;
    }

    /** PAY-1: a payment on an invoice with a balance due (or, with {@code anyDocument}, on any document). */
    public record Pay(Who who, int document, boolean anyDocument, Amount amount, String method, boolean keyed,
            int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(anyDocument ? d -> true : due(w)), document);
            Money amt = amount.resolve(balance(w, id));
            LocalDate date = w.date(lag);
            return issue(w, keyed, "pay " + amt + " on " + id,
                    key -> w.studio().money().pay(who.actor(), org.studiokit.core.movement.Pay.of(id, amt)
                            .method(method).on(date).reference("ref").key(key)),
                    key -> w.studio().money().pay(who.actor(), org.studiokit.core.movement.Pay.of(id,
                            amt.plus(oneMinor(amt))).method(method).on(date).reference("ref").key(key)));
        }
    }

    /** DEP-1: a customer deposit of a fixed amount. */
    public record Deposit(Who who, int client, Amount amount, String method, boolean keyed, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.clients(), client);
            Money amt = amount.resolve(zero(w));
            LocalDate date = w.date(lag);
            return issue(w, keyed, "deposit " + amt + " from " + id,
                    key -> w.studio().money().deposit(who.actor(), org.studiokit.core.movement.Deposit.of(id, amt)
                            .method(method).on(date).key(key)),
                    key -> w.studio().money().deposit(who.actor(), org.studiokit.core.movement.Deposit.of(id, amt)
                            .method(method).on(date.plusDays(1)).key(key)));
        }
    }

    /** DEP-2: applies a deposit or un-apply with money left, to an invoice of its client (or any document). */
    public record ApplyDeposit(Who who, int source, int document, boolean sameClient, Amount amount, boolean keyed,
            int lag) implements Op {
        @Override
        public Object apply(World w) {
            long src = pickId(w.movements(liveSource(w)), source);
            long client = movement(w, src).map(MoneyMovement::clientId).orElse(-1L);
            long id = pickId(w.documents(sameClient ? due(w).and(d -> d.clientId() == client) : d -> !d.voided()),
                    document);
            Money limit = remaining(w, src).min(balance(w, id));
            Money amt = amount.resolve(limit);
            LocalDate date = w.date(lag);
            return issue(w, keyed, "apply " + amt + " of " + src + " to " + id,
                    key -> w.studio().money().applyDeposit(who.actor(),
                            org.studiokit.core.movement.ApplyDeposit.of(src, id, amt).on(date).key(key)),
                    key -> w.studio().money().applyDeposit(who.actor(),
                            org.studiokit.core.movement.ApplyDeposit.of(src, id, amt.plus(oneMinor(amt))).on(date)
                                    .key(key)));
        }
    }

    /** DEP-4: refunds (part of) a deposit or un-apply. */
    public record RefundDeposit(Who who, int source, Amount amount, String method, boolean keyed, int lag)
            implements Op {
        @Override
        public Object apply(World w) {
            long src = pickId(w.movements(liveSource(w)), source);
            Money amt = amount.resolve(remaining(w, src));
            LocalDate date = w.date(lag);
            return issue(w, keyed, "refund deposit " + amt + " of " + src,
                    key -> w.studio().money().refundDeposit(who.actor(),
                            org.studiokit.core.movement.RefundDeposit.of(src, amt).method(method).on(date).key(key)),
                    key -> w.studio().money().refundDeposit(who.actor(),
                            org.studiokit.core.movement.RefundDeposit.of(src, amt.plus(oneMinor(amt))).method(method)
                                    .on(date).key(key)));
        }
    }

    /** REF-1: a refund on a document with a credit balance (or, without {@code creditOnly}, any document). */
    public record Refund(Who who, int document, boolean creditOnly, Amount amount, String method, boolean keyed,
            int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(creditOnly ? credit(w) : d -> true), document);
            Money amt = amount.resolve(balance(w, id).negate());
            LocalDate date = w.date(lag);
            return issue(w, keyed, "refund " + amt + " on " + id,
                    key -> w.studio().money().refund(who.actor(), org.studiokit.core.movement.Refund.of(id, amt)
                            .method(method).on(date).key(key)),
                    key -> w.studio().money().refund(who.actor(), org.studiokit.core.movement.Refund.of(id,
                            amt.plus(oneMinor(amt))).method(method).on(date).key(key)));
        }
    }

    /** TRF-1: moves credit from a document with a credit balance to one with a balance due. */
    public record Transfer(Who who, int from, int to, Amount amount, boolean keyed, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long source = pickId(w.documents(credit(w)), from);
            long target = pickId(w.documents(d -> !d.voided() && d.id() != source
                    && w.studio().balances().balance(d).isPositive()), to);
            Money amt = amount.resolve(balance(w, source).negate().min(balance(w, target)));
            LocalDate date = w.date(lag);
            return issue(w, keyed, "transfer " + amt + " from " + source + " to " + target,
                    key -> w.studio().money().transfer(who.actor(), org.studiokit.core.movement.Transfer.of(source,
                            target, amt).on(date).key(key)),
                    key -> w.studio().money().transfer(who.actor(), org.studiokit.core.movement.Transfer.of(source,
                            target, amt.plus(oneMinor(amt))).on(date).key(key)));
        }
    }

    /** PAY-2: takes a payment or deposit application off its invoice (or tries any movement). */
    public record Unapply(Who who, int movement, boolean anyMovement, boolean keyed, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.movements(anyMovement ? m -> true : m -> !m.voided() && m.pairId() == null
                    && (m.kind() == MovementKind.PAYMENT || m.kind() == MovementKind.APPLICATION)
                    && w.studio().balances().unapplyOf(m).isEmpty()), movement);
            LocalDate date = w.date(lag);
            return issue(w, keyed, "un-apply " + id,
                    key -> w.studio().money().unapply(who.actor(), org.studiokit.core.movement.Unapply.of(id).on(date)
                            .key(key)),
                    key -> w.studio().money().unapply(who.actor(), org.studiokit.core.movement.Unapply.of(id)
                            .on(date.plusDays(1)).key(key)));
        }
    }

    /** DOC-11: writes off part of an invoice's balance. */
    public record WriteOff(Who who, int document, Amount amount, boolean keyed, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(due(w)), document);
            Money amt = amount.resolve(balance(w, id));
            LocalDate date = w.date(lag);
            return issue(w, keyed, "write off " + amt + " of " + id,
                    key -> w.studio().money().writeOff(who.actor(), org.studiokit.core.movement.WriteOff.of(id, amt)
                            .on(date).key(key)),
                    key -> w.studio().money().writeOff(who.actor(), org.studiokit.core.movement.WriteOff.of(id,
                            amt.plus(oneMinor(amt))).on(date).key(key)));
        }
    }

    /** DOC-10: a quick sale. */
    public record QuickSale(Who who, List<LineSpec> lines, String method, boolean keyed, int lag) implements Op {
        @Override
        public Object apply(World w) {
            List<Line> built = CoreOps.lines(w, lines, false);
            LocalDate date = w.date(lag);
            return issue(w, keyed, "quick sale",
                    key -> w.studio().money().quickSale(who.actor(), org.studiokit.core.movement.QuickSale.of(built)
                            .method(method).on(date).key(key)),
                    key -> w.studio().money().quickSale(who.actor(), org.studiokit.core.movement.QuickSale.of(built)
                            .method(method).on(date.plusDays(1)).key(key)));
        }
    }
}
