package org.studiokit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.StudioSettings;

/**
 * The operations of studio-core, one record per command. Record fields are what the generator chose; the records
 * a command touches are resolved when it runs: an {@code int} "pick" selects, modulo their number, among the
 * records that make the command likely to be accepted (a negative pick, or no such record, means an id that does not
 * exist), and {@link Amount}s are resolved against the balance, credit or remaining amount of the moment.
 */
public final class CoreOps {
    /** The payment methods of a default studio, plus one that does not exist. */
    public static final List<String> METHODS = List.of("Cash", "Check", "Credit Card", "Barter");
    /** The items lines use ("Frame" may carry its own tax codes). */
    public static final List<String> ITEMS = List.of("Print", "Album", "Frame", "Session Fee");

    private CoreOps() {
    }

    // ---------------------------------------------------------------- values used by several operations

    /** How a line or an invoice chooses its tax codes (TAX-3). */
    public enum TaxChoice {
        /** No codes of its own: the invoice's (or the item's) set. */
        INHERIT,
        /** An explicitly empty set: not taxable. */
        NONE,
        /** The studio's first rate only. */
        FIRST,
        /** Every rate of the studio. */
        ALL,
        /** A code the studio does not have: refused with VALIDATION. */
        UNKNOWN;

        /** @return the codes, or null for {@code INHERIT} */
        public List<String> codes(StudioSettings settings) {
            List<String> all = List.copyOf(settings.taxRates().keySet());
            return switch (this) {
                case INHERIT -> null;
                case NONE -> List.of();
                case FIRST -> all.isEmpty() ? List.of() : List.of(all.get(0));
                case ALL -> all;
                case UNKNOWN -> List.of("ZZ");
            };
        }
    }

    /**
     * A line as generated.
     *
     * @param item            the item
     * @param quantity        the quantity's magnitude (credit memos negate it)
     * @param priceMinor      the unit price in minor units
     * @param discountMinor   a line discount amount in minor units, or null
     * @param discountPercent a line discount percentage, or null
     * @param taxes           how the line chooses its tax codes
     */
    public record LineSpec(String item, long quantity, long priceMinor, Long discountMinor, Integer discountPercent,
            TaxChoice taxes) {
        /** @return the line in a studio's currency; negated quantity on a credit memo */
        public Line toLine(StudioSettings settings, boolean credit) {
            Currency c = settings.currency();
            Discount d = discountMinor != null ? Discount.amount(Money.ofMinor(discountMinor, c))
                    : discountPercent != null ? Discount.percent(BigDecimal.valueOf(discountPercent)) : null;
            return new Line(item, null, null, null, credit ? -quantity : quantity, Money.ofMinor(priceMinor, c), d,
                    taxes.codes(settings));
        }
    }

    /**
     * An invoice discount as generated: an amount, a percentage or none.
     *
     * @param minor   an amount in minor units, or null
     * @param percent a percentage, or null
     */
    public record DiscountSpec(Long minor, Integer percent) {
        /** @return the discount in a currency, or null for none */
        public Discount toDiscount(Currency currency) {
            return minor != null ? Discount.amount(Money.ofMinor(minor, currency))
                    : percent != null ? Discount.percent(BigDecimal.valueOf(percent)) : null;
        }
    }

    // ---------------------------------------------------------------- helpers

    static List<Line> lines(World w, List<LineSpec> specs, boolean credit) {
        List<Line> out = new ArrayList<>();
        for (LineSpec s : specs) {
            out.add(s.toLine(w.studio().settings(), credit));
        }
        return out;
    }

    static long id(Optional<? extends org.studiokit.core.Identified> record) {
        return record.map(org.studiokit.core.Identified::id).orElse(World.UNKNOWN_ID);
    }

    static <T extends org.studiokit.core.Identified> long pickId(List<T> list, int pick) {
        return pick < 0 ? World.UNKNOWN_ID : id(World.pick(list, pick));
    }

    static Optional<Document> doc(World w, long id) {
        return w.studio().store().documents().find(id);
    }

    static Optional<MoneyMovement> movement(World w, long id) {
        return w.studio().store().movements().find(id);
    }

    static Money zero(World w) {
        return Money.zero(w.studio().settings().currency());
    }

    static Money balance(World w, long docId) {
        return doc(w, docId).map(d -> w.studio().balances().balance(d)).orElse(zero(w));
    }

    static Money remaining(World w, long sourceId) {
        return movement(w, sourceId).map(m -> w.studio().balances().remaining(m)).orElse(zero(w));
    }

    static boolean invoiceLike(Document d) {
        return d.type().financial() && !d.isCreditMemo() && !d.voided();
    }

    static Predicate<Document> due(World w) {
        return d -> invoiceLike(d) && w.studio().balances().balance(d).isPositive();
    }

    static Predicate<Document> credit(World w) {
        return d -> !d.voided() && d.type().financial() && w.studio().balances().balance(d).isNegative();
    }

    static Predicate<MoneyMovement> liveSource(World w) {
        return m -> m.kind().depositSource() && !m.voided() && w.studio().balances().remaining(m).isPositive();
    }

    static Money oneMinor(Money m) {
        return Money.ofMinor(1, m.currency());
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

    // ---------------------------------------------------------------- operations

    /** Moves the world's today forward. */
    public record Tick(int days) implements Op {
        @Override
        public Object apply(World w) {
            w.advance(days);
            return w.today();
        }
    }

    /** PTY-1: a new client (a blank name is refused). */
    public record NewClient(Who who, String name) implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().clients().create(who.actor(), name);
        }
    }

    /** PTY-2: books a session for a client. */
    public record BookSession(Who who, int client, String type, int lag) implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().sessions().book(who.actor(), pickId(w.clients(), client), type, w.date(lag), "Ann");
        }
    }

    /**
     * DOC-1..7: a new document of any type. Session-based types (and even-subject estimates) use a session, the
     * rest a client; {@code wrongShape} breaks DOC-1 (a session type without a session, a generic invoice with one,
     * a credit memo with positive quantities).
     */
    public record CreateDocument(Who who, DocumentType type, int subject, boolean wrongShape, List<LineSpec> lines,
            DiscountSpec discount, long shippingMinor, TaxChoice taxes, int lag) implements Op {
        @Override
        public Object apply(World w) {
            Studio s = w.studio();
            StudioSettings st = s.settings();
            LocalDate date = w.date(lag);
            boolean bySession = type.sessionBased() || type == DocumentType.ESTIMATE && subject % 2 == 0;
            long session = pickId(w.sessions(), subject);
            long client = bySession ? s.store().sessions().find(session).map(Session::clientId)
                    .orElse(pickId(w.clients(), subject)) : pickId(w.clients(), subject);
            boolean credit = type == DocumentType.CREDIT_MEMO && !wrongShape;
            Long clientId = client;
            Long sessionId = null;
            if (type != DocumentType.CREDIT_MEMO && bySession != wrongShape) {
                sessionId = session;
                clientId = bySession ? null : client;
            }
            DocumentDraft draft = new DocumentDraft(type, clientId, sessionId, date, CoreOps.lines(w, lines, credit),
                    discount.toDiscount(st.currency()), Money.ofMinor(shippingMinor, st.currency()),
                    taxes.codes(st), null, null);
            return s.invoices().create(who.actor(), draft);
        }
    }

    /** DOC-9: a credit memo from an invoice: all lines, the entire invoice, or one unit of the first line. */
    public record CreditMemoFrom(Who who, int invoice, boolean entire, boolean partial, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(CoreOps::invoiceLike), invoice);
            List<Line> memoLines = null;
            if (partial) {
                memoLines = doc(w, id).filter(d -> !d.lines().isEmpty())
                        .map(d -> List.of(d.lines().get(0).withQuantity(-1))).orElse(null);
            }
            return w.studio().invoices().creditMemo(who.actor(), id, w.date(lag), entire, memoLines, "returned");
        }
    }

    /** DOC-1: converts an estimate (a second conversion is refused with NO_CHANGE). */
    public record Convert(Who who, int estimate, DocumentType to, int session, int lag) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(d -> d.type() == DocumentType.ESTIMATE), estimate);
            Long sessionId = session < 0 ? null : Long.valueOf(pickId(w.sessions(), session));
            return w.studio().invoices().convert(who.actor(), id, to, sessionId, w.date(lag));
        }
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

    /** LCK-2: edits a document's date, lines, discount or shipping (null fields stay). */
    public record EditDocument(Who who, int document, int dateShift, List<LineSpec> lines, DiscountSpec discount,
            Long shippingMinor) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(d -> !d.voided()), document);
            Optional<Document> d = doc(w, id);
            Currency c = w.studio().settings().currency();
            LocalDate date = dateShift == 0 ? null : d.map(Document::date).orElse(w.today()).plusDays(dateShift);
            List<Line> newLines = lines == null ? null
                    : CoreOps.lines(w, lines, d.map(Document::isCreditMemo).orElse(false));
            DocumentChange change = new DocumentChange(date, newLines, discount == null ? null
                    : discount.toDiscount(c), shippingMinor == null ? null : Money.ofMinor(shippingMinor, c), null);
            return w.studio().invoices().edit(who.actor(), id, change);
        }
    }

    /** Edits a money movement's date, method or amount (null fields stay). */
    public record EditMovement(Who who, int movement, int dateShift, Amount amount, String method) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.movements(m -> !m.voided()), movement);
            Optional<MoneyMovement> m = CoreOps.movement(w, id);
            LocalDate date = dateShift == 0 ? null : m.map(MoneyMovement::date).orElse(w.today()).plusDays(dateShift);
            Money amt = amount == null ? null : amount.resolve(m.map(MoneyMovement::amount).orElse(zero(w)));
            return w.studio().money().edit(who.actor(), id, date, method, amt);
        }
    }

    /** DOC-12: voids a document (a void one is refused with NO_CHANGE). */
    public record VoidDocument(Who who, int document) implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().invoices().voidDocument(who.actor(), pickId(w.documents(d -> true), document));
        }
    }

    /** DOC-12: voids a money movement. */
    public record VoidMovement(Who who, int movement) implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().money().voidMovement(who.actor(), pickId(w.movements(m -> true), movement));
        }
    }

    /** PLN-1: a payment plan for an invoice's balance due. */
    public record Plan(Who who, int document, int count, PaymentPlan.Frequency frequency, int firstOffset)
            implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(due(w)), document);
            return w.studio().invoices().plan(who.actor(), id, count, frequency, w.today().plusDays(firstOffset));
        }
    }

    /** PRD-1: a production order for a document. */
    public record NewOrder(Who who, int document, String type, OrderKind kind) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(d -> !d.voided()), document);
            return w.studio().production().create(who.actor(), id, "Lab", kind, type, 0, w.today().plusDays(10),
                    null, null);
        }
    }

    /** PRD-3: advances a production order. */
    public record Advance(Who who, int order) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.orders(), order);
            return w.studio().production().advance(who.actor(), id, ChangeSource.MANUAL);
        }
    }

    /** PRD-3: sets a production order's status: one of its type's statuses or holds, or an unknown one. */
    public record SetStatus(Who who, int order, int status, boolean allowBackward) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.orders(), order);
            Optional<ProductionOrder> o = w.studio().store().orders().find(id);
            List<String> names = new ArrayList<>();
            o.map(x -> w.studio().settings().orderTypes().get(x.type())).ifPresent((OrderType t) -> {
                names.addAll(t.statuses());
                names.addAll(t.holds());
            });
            names.add("Nowhere");
            String target = names.get(Math.floorMod(status, names.size()));
            return w.studio().production().setStatus(who.actor(), id, target, allowBackward, ChangeSource.SCAN);
        }
    }

    /** DOC-14: records a delivered date. */
    public record MarkDelivered(Who who, int document, int lag) implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().invoices().markDelivered(who.actor(), pickId(w.documents(d -> true), document),
                    w.date(lag));
        }
    }

    /** PTY-3, PAY-1: flips whether the studio allows overpayment (needs {@code ADMIN}: refused for a manager). */
    public record ToggleOverpayment(Who who) implements Op {
        @Override
        public Object apply(World w) {
            StudioSettings st = w.studio().settings();
            return w.studio().updateSettings(who.actor(), st.toBuilder().allowOverpayment(!st.allowOverpayment())
                    .build());
        }
    }

    /**
     * Queries a document: balance, due installments, deposit offers and the client's unapplied deposits. Queries
     * change nothing.
     */
    public record Inspect(int document) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(d -> !d.voided()), document);
            Studio s = w.studio();
            List<Object> seen = new ArrayList<>();
            seen.add(s.invoices().balance(id));
            seen.add(s.invoices().dueInstallments(id, w.today()));
            seen.add(s.money().offers(id));
            seen.add(s.balances().unappliedDeposits(s.invoices().get(id).clientId()));
            seen.add(s.clients().search("client", 0, 5).stream().map(Client::number).toList());
            return seen;
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }

    /**
     * IDM-1: re-issues an accepted keyed command with the same key and fields: it must return the first receipt
     * verbatim and change nothing (or, when its record was voided since, be refused with NOT_FOUND).
     */
    public record Retry(int call) implements Op {
        @Override
        public Object apply(World w) {
            Optional<KeyedCall> k = World.pick(w.keyedCalls(), call);
            if (k.isEmpty()) {
                return null;
            }
            Receipt again;
            try {
                again = k.get().retry().get();
            } catch (StudioException e) {
                if (e.code() != ErrorCode.NOT_FOUND) {
                    throw new AssertionError("IDM-1 retry of " + k.get() + " was refused with " + e.code() + ": "
                            + e.getMessage(), e);
                }
                throw e;
            }
            if (!again.equals(k.get().first())) {
                throw new AssertionError("IDM-1 retry of " + k.get() + " returned " + again + " instead of the first "
                        + "receipt " + k.get().first());
            }
            return again;
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }

    /** IDM-1: reuses an accepted command's key with one business field changed: refused with DUPLICATE_KEY. */
    public record KeyClash(int call) implements Op {
        @Override
        public Object apply(World w) {
            Optional<KeyedCall> k = World.pick(w.keyedCalls(), call);
            if (k.isEmpty()) {
                return null;
            }
            Receipt r;
            try {
                r = k.get().clash().get();
            } catch (StudioException e) {
                if (e.code() != ErrorCode.DUPLICATE_KEY && e.code() != ErrorCode.NOT_FOUND) {
                    throw new AssertionError("IDM-1 a reused key of " + k.get() + " was refused with " + e.code()
                            + " instead of DUPLICATE_KEY: " + e.getMessage(), e);
                }
                throw e;
            }
            throw new AssertionError("IDM-1 a reused key of " + k.get() + " with other fields was accepted: " + r);
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }
}
