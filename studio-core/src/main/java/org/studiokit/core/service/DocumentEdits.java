package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentChecks;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/** Edits and voids of documents (LCK-1..3, DOC-12, DOC-14). */
final class DocumentEdits {
    private final StudioContext ctx;
    private final DocumentWriter writer;
    private final Balances balances;
    private final CreditMemoRule creditMemos;

    DocumentEdits(StudioContext ctx, DocumentWriter writer, Balances balances, CreditMemoRule creditMemos) {
        this.ctx = ctx;
        this.writer = writer;
        this.balances = balances;
        this.creditMemos = creditMemos;
    }

    /** Refuses an actor who could not change any document, before looking the record up (ERR-1). */
    private static void requireAnyDocumentPermission(Actor actor) {
        if (!actor.can(Permission.SELL) && !actor.can(Permission.REFUND) && !actor.can(Permission.WRITE_OFF)) {
            actor.require(Permission.SELL);
        }
    }

    private Document target(Actor actor, long id) {
        requireAnyDocumentPermission(actor);
        Document doc = ctx.store().documents().find(id).orElse(null);
        if (doc != null) {
            actor.require(Invoices.permissionFor(doc));
        }
        if (doc == null) {
            throw new StudioException(ErrorCode.NOT_FOUND, "no document with id " + id, "document", id);
        }
        return doc;
    }

    Document edit(Actor actor, long id, DocumentChange change) {
        return ctx.store().transaction(() -> {
            Document doc = DocumentChecks.live(target(actor, id));
            LocalDate date = change.date() != null ? Inputs.optionalDate(change.date(), "date") : doc.date();
            List<Line> lines = change.lines() != null ? change.lines() : doc.lines();
            Discount discount = change.discount() != null ? change.discount() : doc.discount();
            Money ship = change.shipping() != null ? change.shipping() : doc.shipping().abs();
            List<String> taxes = change.taxes() != null ? change.taxes() : doc.taxes();
            DocumentDraft draft = new DocumentDraft(doc.type(), doc.clientId(), doc.sessionId(), date, lines,
                    discount, ship, taxes, doc.originalId(), doc.reason());
            Totals totals = writer.price(draft);
            ctx.requireOpen(doc.date());
            ctx.requireOpen(date);
            StudioContext.requireUnlocked(doc.lock(), "document " + doc.number());
            for (MoneyMovement m : balances.movementsOf(doc.id())) {
                if (!m.voided() && m.date().isBefore(date)) {
                    throw new StudioException(ErrorCode.VALIDATION, "movement " + m.number() + " is dated before "
                            + date, "movement", m.number(), "date", date);
                }
            }
            writer.addUnknownItems(lines);
            Document edited = doc.withContent(date, lines, discount,
                    writer.shipping(doc.type(), ship), writer.invoiceTaxes(taxes), totals);
            ctx.store().documents().save(edited);
            creditMemos.checkEdited(edited);
            if (doc.lock().posted()) {
                ctx.audit().record(actor.name(), "EDIT", "document " + doc.number(), doc.toString(),
                        edited.toString());
            }
            return edited;
        });
    }

    Document voidDocument(Actor actor, long id) {
        return ctx.store().transaction(() -> {
            Document doc = target(actor, id);
            if (doc.voided()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "document " + doc.number() + " is already void",
                        "document", doc.number());
            }
            ctx.requireOpen(doc.date());
            StudioContext.requireUnlocked(doc.lock(), "document " + doc.number());
            List<MoneyMovement> money = balances.movementsOf(doc.id()).stream().filter(m -> !m.voided()).toList();
            for (MoneyMovement m : money) {
                boolean offAgain = switch (m.kind()) {
                    case PAYMENT, APPLICATION -> balances.unapplyOf(m).isPresent();
                    case UNAPPLY -> true;
                    default -> false;
                };
                if (!offAgain) {
                    throw new StudioException(ErrorCode.MONEY_APPLIED, "document " + doc.number()
                            + " has money applied: un-apply it first", "document", doc.number(),
                            "movement", m.number());
                }
            }
            long posted = money.stream().filter(m -> m.lock().posted()).count();
            if (posted != 0 && posted != money.size()) {
                throw new StudioException(ErrorCode.UNPOSTED_RECORDS, "post the money movements of document "
                        + doc.number() + " first", "document", doc.number());
            }
            Document voided = voidWithOrders(doc);
            ctx.audit().record(actor.name(), "VOID", "document " + doc.number(), doc.toString(), "void");
            return voided;
        });
    }

    /** Voids a document and its production orders (DOC-12); the caller has checked the rules. */
    Document voidWithOrders(Document doc) {
        Document voided = doc.asVoid(Totals.zero(Money.zero(doc.total().currency())));
        ctx.store().documents().save(voided);
        for (ProductionOrder order : ctx.store().orders().by("document", doc.id())) {
            if (!order.voided()) {
                ctx.store().orders().save(order.asVoid());
            }
        }
        return voided;
    }
}
