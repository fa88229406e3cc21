package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.store.Sequence;

/**
 * Production orders and their status workflow (PRD-1..4). Every command needs {@code MANAGE_PRODUCTION}.
 */
public final class Production {
    private final StudioContext ctx;

    /** @param ctx the studio context */
    public Production(StudioContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The outcome of a status change.
     *
     * @param order the order as it now is
     * @param from  the previous status
     * @param to    the new status
     */
    public record Moved(ProductionOrder order, String from, String to) {
    }

    /**
     * Creates a production order for an invoice at its type's initial status. "One per vendor" (PRD-1) describes
     * the usual case; a second order for the same vendor (a re-make, a second shipment) is allowed.
     *
     * @param number the order number, or 0 to take the next of the sequence
     */
    public ProductionOrder create(Actor actor, long documentId, String vendor, OrderKind kind, String type,
            long number, LocalDate due, String notes, String vendorNotes) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.MANAGE_PRODUCTION);
            if (vendor == null || vendor.isBlank() || kind == null || number < 0) {
                throw new StudioException(ErrorCode.VALIDATION, "an order needs a vendor and a kind",
                        "vendor", vendor, "kind", kind);
            }
            Inputs.text(vendor, "vendor");
            Inputs.text(notes, "notes");
            Inputs.text(vendorNotes, "vendor notes");
            Inputs.optionalDate(due, "due");
            String typeName = type == null ? "Print" : type;
            OrderType orderType = ctx.store().settings().orderTypes().get(typeName);
            if (orderType == null || !orderType.active()) {
                throw new StudioException(ErrorCode.VALIDATION, "unknown or inactive order type " + typeName,
                        "type", typeName);
            }
            Document doc = ctx.store().documents().find(documentId).orElseThrow(() -> new StudioException(
                    ErrorCode.NOT_FOUND, "no document with id " + documentId, "document", documentId));
            if (doc.voided()) {
                throw new StudioException(ErrorCode.NOT_FOUND, "document " + doc.number() + " is void",
                        "document", doc.number());
            }
            if (!doc.type().financial() || doc.isCreditMemo()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no production order on "
                        + (doc.isCreditMemo() ? "credit memo " : "estimate ") + doc.number()
                        + ": only on an invoice", "document", doc.number(), "type", doc.type());
            }
            long n = number;
            if (n == 0) {
                n = ctx.store().nextNumber(Sequence.ORDER);
                while (ctx.store().orders().findByNumber(n).isPresent()) {
                    n = ctx.store().nextNumber(Sequence.ORDER);
                }
            } else if (ctx.store().orders().findByNumber(n).isPresent()) {
                throw new StudioException(ErrorCode.VALIDATION, "production order number " + n + " is taken",
                        "number", n);
            }
            StatusChange created = new StatusChange(null, orderType.initial(), ctx.clock().instant(), actor.name(),
                    ChangeSource.MANUAL);
            ProductionOrder order = new ProductionOrder(ctx.ids().nextId(), n, documentId, vendor, kind, typeName,
                    orderType.initial(), null, due, notes, vendorNotes, false, List.of(created));
            ctx.store().orders().save(order);
            return order;
        });
    }

    /** @return the order with a production order number ({@code NOT_FOUND} otherwise) */
    public ProductionOrder byNumber(long number) {
        ProductionOrder order = ctx.store().orders().findByNumber(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no production order " + number, "order", number));
        if (order.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "production order " + number + " is void",
                    "order", number);
        }
        return order;
    }

    /** @return the order with an id ({@code NOT_FOUND} otherwise) */
    public ProductionOrder get(long id) {
        ProductionOrder order = ctx.store().orders().find(id).orElseThrow(() -> new StudioException(
                ErrorCode.NOT_FOUND, "no production order with id " + id, "order", id));
        if (order.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "production order " + order.number() + " is void",
                    "order", order.number());
        }
        return order;
    }

    /** @return every production order of a document */
    public List<ProductionOrder> forDocument(long documentId) {
        return ctx.store().orders().by("document", documentId);
    }

    /** @return every production order, in creation order */
    public List<ProductionOrder> all() {
        return ctx.store().orders().all();
    }

    /**
     * Moves an order to its next status (PRD-3): at the final status {@code ALREADY_FINAL}; from a hold it returns
     * to the status it was held at.
     */
    public Moved advance(Actor actor, long orderId, ChangeSource how) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.MANAGE_PRODUCTION);
            ProductionOrder order = get(orderId);
            OrderType type = typeOf(order);
            String to;
            if (type.isHold(order.status())) {
                to = order.heldAt();
            } else if (order.status().equals(type.finalStatus())) {
                throw new StudioException(ErrorCode.ALREADY_FINAL, "order " + order.number() + " is already "
                        + order.status(), "order", order.number(), "status", order.status());
            } else {
                to = type.statuses().get(type.statuses().indexOf(order.status()) + 1);
            }
            return move(actor, order, to, null, how);
        });
    }

    /**
     * Sets an order's status (PRD-3): any status of its type or a hold (holds only before the final status);
     * backwards needs {@code allowBackward}; the current status is refused with {@code NO_CHANGE}.
     */
    public Moved setStatus(Actor actor, long orderId, String target, boolean allowBackward, ChangeSource how) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.MANAGE_PRODUCTION);
            if (target == null || target.isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "no status given", "status", target);
            }
            ProductionOrder order = get(orderId);
            OrderType type = typeOf(order);
            if (!type.has(target)) {
                throw new StudioException(ErrorCode.INVALID_STATUS_TRANSITION, "order type " + type.name()
                        + " has no status " + target, "order", order.number(), "status", target);
            }
            if (target.equals(order.status())) {
                throw new StudioException(ErrorCode.NO_CHANGE, "order " + order.number() + " is already " + target,
                        "order", order.number(), "status", target);
            }
            boolean fromHold = type.isHold(order.status());
            String position = fromHold ? order.heldAt() : order.status();
            if (type.isHold(target)) {
                if (order.status().equals(type.finalStatus())) {
                    throw new StudioException(ErrorCode.INVALID_STATUS_TRANSITION, "order " + order.number()
                            + " is final and cannot be held", "order", order.number(), "status", target);
                }
                return move(actor, order, target, position, how);
            }
            if (type.statuses().indexOf(target) < type.statuses().indexOf(position) && !allowBackward) {
                throw new StudioException(ErrorCode.INVALID_STATUS_TRANSITION, "moving order " + order.number()
                        + " back from " + order.status() + " to " + target + " needs allowBackward",
                        "order", order.number(), "from", order.status(), "to", target);
            }
            return move(actor, order, target, null, how);
        });
    }

    private Moved move(Actor actor, ProductionOrder order, String to, String heldAt, ChangeSource how) {
        StatusChange change = new StatusChange(order.status(), to, ctx.clock().instant(), actor.name(), how);
        ProductionOrder moved = order.moved(to, heldAt, change);
        ctx.store().orders().save(moved);
        return new Moved(moved, order.status(), to);
    }

    private OrderType typeOf(ProductionOrder order) {
        OrderType type = ctx.store().settings().orderTypes().get(order.type());
        if (type == null) {
            throw new IllegalStateException("order type " + order.type() + " disappeared");
        }
        return type;
    }
}
