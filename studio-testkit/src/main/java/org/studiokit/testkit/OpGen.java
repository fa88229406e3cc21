package org.studiokit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.production.OrderKind;
import org.studiokit.testkit.CoreOps.DiscountSpec;
import org.studiokit.testkit.CoreOps.LineSpec;
import org.studiokit.testkit.CoreOps.TaxChoice;

/**
 * Generates operation sequences as a plain function of a {@link RandomGenerator}: weighted sources of operations,
 * drawn independently, after a short prelude that makes a few clients, a session and two invoices. The mix is mostly
 * valid commands with deliberately bad ones among them: over-applications, unknown records, zero and negative
 * amounts, wrong document types, clerks doing what needs a manager, money dated before its document.
 *
 * <p>Extend it with {@link #with(int, Function)}: {@code OpGen.core().with(5, r -> new PostRun(...))}.
 */
public final class OpGen {

    /**
     * One weighted source of operations.
     *
     * @param weight relative frequency
     * @param source makes one operation
     */
    public record Weighted(int weight, Function<RandomGenerator, ? extends Op> source) {
        /** Validates. */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(source, "source");
        }
    }

    private final List<Weighted> sources;
    private final Function<RandomGenerator, List<Op>> prelude;
    private final int totalWeight;

    private OpGen(List<Weighted> sources, Function<RandomGenerator, List<Op>> prelude) {
        this.sources = List.copyOf(sources);
        this.prelude = prelude;
        this.totalWeight = sources.stream().mapToInt(Weighted::weight).sum();
    }

    /** @return a generator with no sources and no prelude, to build from scratch */
    public static OpGen empty() {
        return new OpGen(List.of(), r -> List.of());
    }

    /** @return the generator of every studio-core operation, with the core prelude */
    public static OpGen core() {
        return empty().withPrelude(OpGen::corePrelude)
                .with(5, r -> new CoreOps.Tick(r.nextInt(4)))
                .with(4, r -> new CoreOps.NewClient(who(r), clientName(r)))
                .with(3, r -> new CoreOps.BookSession(who(r), pick(r), r.nextBoolean() ? "Family" : "Senior",
                        lag(r)))
                .with(14, OpGen::createDocument)
                .with(3, r -> new CoreOps.CreditMemoFrom(who(r), pick(r), r.nextBoolean(), r.nextInt(3) == 0,
                        lag(r)))
                .with(2, r -> new CoreOps.Convert(who(r), pick(r), convertTo(r), r.nextInt(3) == 0 ? -1 : pick(r),
                        lag(r)))
                .with(12, r -> new MoneyOps.Pay(who(r), pick(r), r.nextInt(10) == 0, Amount.gen(r), method(r),
                        keyed(r), lag(r)))
                .with(5, r -> new MoneyOps.Deposit(who(r), pick(r), depositAmount(r), method(r), keyed(r), lag(r)))
                .with(6, r -> new MoneyOps.ApplyDeposit(who(r), pick(r), pick(r), r.nextInt(8) > 0, Amount.gen(r),
                        keyed(r), lag(r)))
                .with(3, r -> new MoneyOps.RefundDeposit(who(r), pick(r), Amount.gen(r), method(r), keyed(r), lag(r)))
                .with(4, r -> new MoneyOps.Refund(who(r), pick(r), r.nextInt(6) > 0, Amount.gen(r), method(r),
                        keyed(r), lag(r)))
                .with(4, r -> new MoneyOps.Transfer(who(r), pick(r), pick(r), Amount.gen(r), keyed(r), lag(r)))
                .with(4, r -> new MoneyOps.Unapply(who(r), pick(r), r.nextInt(8) == 0, keyed(r), lag(r)))
                .with(3, r -> new MoneyOps.WriteOff(who(r), pick(r), Amount.gen(r), keyed(r), lag(r)))
                .with(3, r -> new MoneyOps.QuickSale(who(r), lines(r), method(r), keyed(r), lag(r)))
                .with(4, r -> new ChangeOps.EditDocument(who(r), pick(r), r.nextInt(4) == 0 ? r.nextInt(7) - 3 : 0,
                        r.nextBoolean() ? lines(r) : null, r.nextInt(3) == 0 ? discount(r) : null,
                        r.nextInt(4) == 0 ? (long) r.nextInt(2_000) : null))
                .with(4, r -> new ChangeOps.EditMovement(who(r), pick(r), r.nextInt(4) == 0 ? r.nextInt(7) - 3 : 0,
                        r.nextInt(3) > 0 ? Amount.gen(r) : null, r.nextInt(4) == 0 ? method(r) : null))
                .with(3, r -> new ChangeOps.VoidDocument(who(r), pick(r)))
                .with(3, r -> new ChangeOps.VoidMovement(who(r), pick(r)))
                .with(2, r -> new FollowUpOps.Plan(who(r), pick(r), r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(6),
                        PaymentPlan.Frequency.values()[r.nextInt(3)], r.nextInt(40)))
                .with(3, r -> new FollowUpOps.NewOrder(who(r), pick(r), orderType(r),
                        r.nextBoolean() ? OrderKind.WORK_ORDER : OrderKind.PURCHASE_ORDER))
                .with(3, r -> new FollowUpOps.Advance(who(r), pick(r)))
                .with(3, r -> new FollowUpOps.SetStatus(who(r), pick(r), r.nextInt(10), r.nextBoolean()))
                .with(1, r -> new FollowUpOps.MarkDelivered(who(r), pick(r), r.nextInt(5) - 1))
                .with(2, r -> new QueryOps.Inspect(pick(r)))
                .with(1, r -> new FollowUpOps.ToggleOverpayment(who(r)))
                .with(4, r -> new QueryOps.Retry(r.nextInt(1_000)))
                .with(2, r -> new QueryOps.KeyClash(r.nextInt(1_000)));
    }

    /** @return this generator with one more weighted source */
    public OpGen with(int weight, Function<RandomGenerator, ? extends Op> source) {
        List<Weighted> s = new ArrayList<>(sources);
        s.add(new Weighted(weight, source));
        return new OpGen(s, prelude);
    }

    /** @return this generator with another prelude (the operations every sequence starts with) */
    public OpGen withPrelude(Function<RandomGenerator, List<Op>> first) {
        return new OpGen(sources, Objects.requireNonNull(first, "first"));
    }

    /** @return the weighted sources */
    public List<Weighted> sources() {
        return sources;
    }

    /** @return one operation drawn by weight */
    public Op next(RandomGenerator r) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no sources");
        }
        int roll = r.nextInt(totalWeight);
        for (Weighted w : sources) {
            roll -= w.weight();
            if (roll < 0) {
                return w.source().apply(r);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** @return the prelude followed by drawn operations, {@code length} in all (at least the prelude) */
    public List<Op> sequence(RandomGenerator r, int length) {
        List<Op> ops = new ArrayList<>(prelude.apply(r));
        while (ops.size() < length) {
            ops.add(next(r));
        }
        return ops;
    }

    // ---------------------------------------------------------------- value generators

    /** @return the prelude of core sequences: two clients, a session, a generic invoice and a session fee */
    public static List<Op> corePrelude(RandomGenerator r) {
        return List.of(new CoreOps.NewClient(Who.OWNER, "Client A"), new CoreOps.NewClient(Who.OWNER, "Client B"),
                new CoreOps.BookSession(Who.OWNER, 0, "Family", 0),
                new CoreOps.CreateDocument(Who.OWNER, DocumentType.GENERIC, 0, false, lines(r), new DiscountSpec(null,
                        null), 0, TaxChoice.INHERIT, 0),
                new CoreOps.CreateDocument(Who.OWNER, DocumentType.SESSION_FEE, 0, false, lines(r),
                        new DiscountSpec(null, null), 0, TaxChoice.INHERIT, 0));
    }

    /** @return a random document creation: every type, often valid */
    public static CoreOps.CreateDocument createDocument(RandomGenerator r) {
        DocumentType[] types = {DocumentType.GENERIC, DocumentType.GENERIC, DocumentType.SESSION_FEE,
            DocumentType.INITIAL_ORDER, DocumentType.REORDER, DocumentType.ESTIMATE, DocumentType.ESTIMATE,
            DocumentType.CREDIT_MEMO};
        DocumentType type = types[r.nextInt(types.length)];
        long shipping = r.nextInt(3) == 0 ? r.nextInt(3_000) : 0;
        TaxChoice taxes = r.nextInt(4) > 0 ? TaxChoice.INHERIT : taxChoice(r);
        return new CoreOps.CreateDocument(who(r), type, pick(r), r.nextInt(20) == 0, lines(r), discount(r), shipping,
                taxes, lag(r));
    }

    /** @return 0–4 random lines (usually 1–3) */
    public static List<LineSpec> lines(RandomGenerator r) {
        int n = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
        List<LineSpec> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long quantity = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(4);
            long price = r.nextInt(10) == 0 ? 1 + r.nextInt(20) : 100 + r.nextInt(30_000);
            Long discountMinor = null;
            Integer discountPercent = null;
            int d = r.nextInt(10);
            if (d == 0) {
                discountPercent = r.nextInt(30) == 0 ? 101 : r.nextInt(101);
            } else if (d == 1) {
                discountMinor = (long) r.nextInt((int) Math.max(1, Math.min(quantity * price + 50, 1_000_000)));
            }
            lines.add(new LineSpec(CoreOps.ITEMS.get(r.nextInt(CoreOps.ITEMS.size())), quantity, price, discountMinor,
                    discountPercent, r.nextInt(5) > 0 ? TaxChoice.INHERIT : taxChoice(r)));
        }
        return lines;
    }

    /** @return none, an amount or a percentage, sometimes more than the lines allow */
    public static DiscountSpec discount(RandomGenerator r) {
        int d = r.nextInt(8);
        if (d == 0) {
            return new DiscountSpec((long) r.nextInt(r.nextBoolean() ? 500 : 50_000), null);
        }
        if (d == 1) {
            return new DiscountSpec(null, r.nextInt(101));
        }
        return new DiscountSpec(null, null);
    }

    static TaxChoice taxChoice(RandomGenerator r) {
        TaxChoice[] all = TaxChoice.values();
        TaxChoice c = all[r.nextInt(all.length)];
        return c == TaxChoice.UNKNOWN && r.nextInt(3) > 0 ? TaxChoice.NONE : c;
    }

    static Who who(RandomGenerator r) {
        int roll = r.nextInt(100);
        return roll < 45 ? Who.OWNER : roll < 82 ? Who.MANAGER : Who.CLERK;
    }

    static int pick(RandomGenerator r) {
        return r.nextInt(40) == 0 ? -1 : r.nextInt(1_000);
    }

    static int lag(RandomGenerator r) {
        int roll = r.nextInt(100);
        return roll < 85 ? 0 : roll < 95 ? 1 + r.nextInt(3) : 5 + r.nextInt(25);
    }

    static boolean keyed(RandomGenerator r) {
        return r.nextInt(10) < 3;
    }

    static String method(RandomGenerator r) {
        return r.nextInt(30) == 0 ? "Barter" : CoreOps.METHODS.get(r.nextInt(3));
    }

    static Amount depositAmount(RandomGenerator r) {
        int roll = r.nextInt(20);
        return roll == 0 ? new Amount(Amount.Kind.ZERO, 0) : roll == 1 ? new Amount(Amount.Kind.NEGATIVE, 100)
                : new Amount(Amount.Kind.FIXED, 100 + r.nextInt(20_000));
    }

    static DocumentType convertTo(RandomGenerator r) {
        DocumentType[] to = {DocumentType.GENERIC, DocumentType.GENERIC, DocumentType.SESSION_FEE,
            DocumentType.INITIAL_ORDER, DocumentType.REORDER, DocumentType.CREDIT_MEMO};
        return to[r.nextInt(to.length)];
    }

    /** Client names: mostly plain, some hostile (tabs, quotes, formula starts, non-ASCII), some blank or too long. */
    static String clientName(RandomGenerator r) {
        int roll = r.nextInt(40);
        return switch (roll) {
            case 0 -> " ";
            case 1 -> "x".repeat(201);
            case 2 -> "Jane\tDoe\nLine";
            case 3 -> "=HYPERLINK(\"x\")";
            case 4 -> "O'Brien \"Bob\"";
            case 5 -> "Zo\u00eb \u5c71\u7530";
            default -> "Client " + r.nextInt(1_000);
        };
    }

    static String orderType(RandomGenerator r) {
        int roll = r.nextInt(10);
        return roll < 6 ? "Print" : roll < 9 ? "Generic" : "Bogus";
    }
}
