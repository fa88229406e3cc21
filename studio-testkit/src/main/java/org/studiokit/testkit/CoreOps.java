package org.studiokit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Session;
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
        return w.studio().records().documents().find(id);
    }

    static Optional<MoneyMovement> movement(World w, long id) {
        return w.studio().records().movements().find(id);
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
            long client = bySession ? s.records().sessions().find(session).map(Session::clientId)
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
}
