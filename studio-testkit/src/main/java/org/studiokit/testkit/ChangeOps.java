package org.studiokit.testkit;

import static org.studiokit.testkit.CoreOps.doc;
import static org.studiokit.testkit.CoreOps.pickId;
import static org.studiokit.testkit.CoreOps.zero;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.testkit.CoreOps.LineSpec;
import org.studiokit.testkit.CoreOps.DiscountSpec;

/**
 * Edits and voids of studio-core records (LCK-2, DOC-12), one record per command. Picks resolve as described in
 * {@link CoreOps}.
 */
public final class ChangeOps {
    private ChangeOps() {
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
}
