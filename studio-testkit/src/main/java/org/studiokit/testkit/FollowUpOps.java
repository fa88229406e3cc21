package org.studiokit.testkit;

import static org.studiokit.testkit.CoreOps.due;
import static org.studiokit.testkit.CoreOps.pickId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.StudioSettings;

/**
 * What follows a sale in studio-core: payment plans, production orders, delivery and the overpayment setting
 * (PLN-1, PRD-1/3, DOC-14, PTY-3), one record per command. Picks resolve as described in {@link CoreOps}.
 */
public final class FollowUpOps {
    private FollowUpOps() {
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
            Optional<ProductionOrder> o = w.studio().records().orders().find(id);
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
}
