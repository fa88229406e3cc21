package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioContext;
import org.studiokit.core.StudioException;
import org.studiokit.core.LockState;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Balances;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.Sequence;

/**
 * Documents (DOC-1..14, PLN-1): create, price, credit memos, estimate conversion, edit, void, delivery and payment
 * plans. Documents need {@code SELL}; credit memos need {@code REFUND}.
 */
public final class Invoices {
    private final StudioContext ctx;
    private final Balances balances;

    /** @param ctx the studio context */
    public Invoices(StudioContext ctx) {
        this.ctx = ctx;
        this.balances = new Balances(ctx.store());
    }

    /** @return the permission creating or editing a document of the type needs */
    public static Permission permissionFor(DocumentType type) {
        return type == DocumentType.CREDIT_MEMO ? Permission.REFUND : Permission.SELL;
    }

    /** @return the permission editing or voiding a document needs: what creating it needed */
    public static Permission permissionFor(Document doc) {
        return doc.writeOff() ? Permission.WRITE_OFF : permissionFor(doc.type());
    }

    /** Refuses an actor who could not change any document, before looking the record up (ERR-1). */
    private static void requireAnyDocumentPermission(Actor actor) {
        if (!actor.can(Permission.SELL) && !actor.can(Permission.REFUND) && !actor.can(Permission.WRITE_OFF)) {
            actor.require(Permission.SELL);
        }
    }

    /** Prices a draft without saving it (§14): the totals the document would have. */
    public Totals price(DocumentDraft draft) {
        checkShape(draft);
        return Pricing.price(draft.lines(), draft.discount(),
                shipping(draft.type(), draft.shipping()), invoiceTaxes(draft.taxes()), ctx.store().settings());
    }

    /** Creates a document from a draft (DOC-1..7). */
    public Document create(Actor actor, DocumentDraft draft) {
        return ctx.store().transaction(() -> {
            if (draft.type() != null) {
                actor.require(permissionFor(draft.type()));
            }
            Totals totals = price(draft);
            long clientId = resolveClient(draft);
            ctx.requireOpen(draft.date());
            if (draft.originalId() != null) {
                requireOriginalInvoice(get(draft.originalId()));
            }
            return insert(actor, draft, clientId, totals, false, false);
        });
    }

    private Document insert(Actor actor, DocumentDraft draft, long clientId, Totals totals, boolean writeOff,
            boolean depositRefund) {
        addUnknownItems(draft.lines());
        Document doc = new Document(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.DOCUMENT), draft.type(),
                clientId, draft.sessionId(), draft.date(), draft.lines(), draft.discount(),
                shipping(draft.type(), draft.shipping()), invoiceTaxes(draft.taxes()), totals, draft.originalId(),
                draft.reason(), writeOff, depositRefund, null, false, null, null, LockState.UNPOSTED, actor.name());
        ctx.store().documents().save(doc);
        return doc;
    }

    /**
     * Creates a document without the permission check, for the commands of this package's siblings that own the
     * check (write-off, deposit refund, quick sale).
     */
    public Document createInternal(Actor actor, DocumentDraft draft, boolean writeOff, boolean depositRefund) {
        Totals totals = price(draft);
        long clientId = resolveClient(draft);
        return insert(actor, draft, clientId, totals, writeOff, depositRefund);
    }

    /**
     * DOC-9: a credit memo from an invoice. Copies the lines with negative quantities (or takes the given lines);
     * {@code entire} also copies the invoice discount and shipping.
     */
    public Document creditMemo(Actor actor, long originalId, LocalDate date, boolean entire, List<Line> lines,
            String reason) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.REFUND);
            if (date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a credit memo needs a date", "date", null);
            }
            Document original = get(originalId);
            List<Line> memoLines = new ArrayList<>();
            if (lines != null) {
                memoLines.addAll(lines);
            } else {
                for (Line l : original.lines()) {
                    memoLines.add(l.withQuantity(-Math.abs(l.quantity())));
                }
            }
            DocumentDraft draft = new DocumentDraft(DocumentType.CREDIT_MEMO, original.clientId(), null, date,
                    memoLines, entire ? original.discount() : null, entire ? original.shipping().abs() : null,
                    original.taxes(), original.id(), reason);
            Totals totals = price(draft);
            ctx.requireOpen(date);
            requireOriginalInvoice(original);
            Document memo = insert(actor, draft, original.clientId(), totals, false, false);
            ctx.audit().record(actor.name(), "CREDIT_MEMO", "document " + memo.number(), "",
                    "credit memo of " + original.number() + " for " + totals.total() + ": " + reason);
            return memo;
        });
    }

    /** Converts an estimate into a session invoice or a generic invoice (DOC-1); the estimate stays as it was. */
    public Document convert(Actor actor, long estimateId, DocumentType type, Long sessionId, LocalDate date) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (type == null || date == null || type == DocumentType.ESTIMATE || type == DocumentType.CREDIT_MEMO) {
                throw new StudioException(ErrorCode.VALIDATION, "an estimate converts to an invoice type",
                        "type", type);
            }
            Document estimate = get(estimateId);
            ctx.requireOpen(date);
            if (estimate.type() != DocumentType.ESTIMATE || estimate.voided()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "document " + estimate.number()
                        + " is not an estimate", "document", estimate.number());
            }
            if (estimate.convertedTo() != null) {
                throw new StudioException(ErrorCode.NO_CHANGE, "estimate " + estimate.number()
                        + " was already converted", "document", estimate.number());
            }
            Long session = type.sessionBased() ? (sessionId != null ? sessionId : estimate.sessionId()) : null;
            DocumentDraft draft = new DocumentDraft(type, session == null ? estimate.clientId() : null, session, date,
                    estimate.lines(), estimate.discount(), estimate.shipping(), estimate.taxes(), null, null);
            Totals totals = price(draft);
            long clientId = resolveClient(draft);
            Document doc = insert(actor, draft, clientId, totals, false, false);
            ctx.store().documents().save(estimate.withConvertedTo(doc.id()));
            return doc;
        });
    }

    /**
     * Edits an unposted or unlocked document (LCK-1, LCK-2). Checked against the old and the new date (LCK-3);
     * money already on it must stay dated on or after its date (DOC-14). A percent discount is recomputed.
     */
    public Document edit(Actor actor, long id, DocumentChange change) {
        return ctx.store().transaction(() -> {
            requireAnyDocumentPermission(actor);
            Document doc = ctx.store().documents().find(id).orElse(null);
            if (doc != null) {
                actor.require(permissionFor(doc));
            }
            LocalDate date = change.date() != null ? change.date() : doc == null ? null : doc.date();
            if (doc == null) {
                throw new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id);
            }
            if (doc.voided()) {
                throw new StudioException(ErrorCode.VALIDATION, "document " + doc.number() + " is void",
                        "document", doc.number());
            }
            List<Line> lines = change.lines() != null ? change.lines() : doc.lines();
            Discount discount = change.discount() != null ? change.discount() : doc.discount();
            Money ship = change.shipping() != null ? change.shipping() : doc.shipping().abs();
            List<String> taxes = change.taxes() != null ? change.taxes() : doc.taxes();
            DocumentDraft draft = new DocumentDraft(doc.type(), doc.clientId(), doc.sessionId(), date, lines,
                    discount, ship, taxes, doc.originalId(), doc.reason());
            Totals totals = price(draft);
            ctx.requireOpen(doc.date());
            ctx.requireOpen(date);
            StudioContext.requireUnlocked(doc.lock(), "document " + doc.number());
            for (MoneyMovement m : balances.movementsOf(doc.id())) {
                if (!m.voided() && m.date().isBefore(date)) {
                    throw new StudioException(ErrorCode.VALIDATION, "movement " + m.number() + " is dated before "
                            + date, "movement", m.number(), "date", date);
                }
            }
            addUnknownItems(lines);
            Document edited = doc.withContent(date, lines, discount,
                    shipping(doc.type(), ship), invoiceTaxes(taxes), totals);
            ctx.store().documents().save(edited);
            if (doc.lock().posted()) {
                ctx.audit().record(actor.name(), "EDIT", "document " + doc.number(), doc.toString(),
                        edited.toString());
            }
            return edited;
        });
    }

    /**
     * DOC-12: voids a document: it keeps its number, its amounts become zero, and its production orders are voided
     * with it. Refused with {@code MONEY_APPLIED} while money is applied, {@code UNPOSTED_RECORDS} while its money
     * movements are partly posted, {@code LOCKED} while posted and locked.
     */
    public Document voidDocument(Actor actor, long id) {
        return ctx.store().transaction(() -> {
            requireAnyDocumentPermission(actor);
            Document doc = ctx.store().documents().find(id).orElse(null);
            if (doc != null) {
                actor.require(permissionFor(doc));
            }
            if (doc == null) {
                throw new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id);
            }
            ctx.requireOpen(doc.date());
            StudioContext.requireUnlocked(doc.lock(), "document " + doc.number());
            if (doc.voided()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "document " + doc.number() + " is already void",
                        "document", doc.number());
            }
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
            Document voided = doc.asVoid(Totals.zero(Money.zero(doc.total().currency())));
            ctx.store().documents().save(voided);
            for (ProductionOrder order : ctx.store().orders().by("document", doc.id())) {
                if (!order.voided()) {
                    ctx.store().orders().save(order.asVoid());
                }
            }
            ctx.audit().record(actor.name(), "VOID", "document " + doc.number(), doc.toString(), "void");
            return voided;
        });
    }

    /**
     * Records the delivered date (PST-2). Not a financial change, so allowed on posted documents; a delivered date
     * in a closed period is refused ({@code PERIOD_CLOSED}) because it would change what posts there.
     */
    public Document markDelivered(Actor actor, long id, LocalDate date) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a delivered date is needed", "date", null);
            }
            Document doc = get(id);
            if (date.isBefore(doc.date())) {
                throw new StudioException(ErrorCode.VALIDATION, "delivered before the document date",
                        "date", date, "documentDate", doc.date());
            }
            ctx.requireOpen(date);
            Document delivered = doc.withDelivered(date);
            ctx.store().documents().save(delivered);
            return delivered;
        });
    }

    /** PLN-1: plans N payments for the document's balance due. */
    public Document plan(Actor actor, long id, int count, PaymentPlan.Frequency frequency, LocalDate first) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (frequency == null || first == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a plan needs a frequency and a first date",
                        "frequency", frequency, "first", first);
            }
            Document doc = get(id);
            if (!doc.type().financial() || doc.isCreditMemo() || doc.voided()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no payment plan on a document of type " + doc.type(),
                        "document", doc.number());
            }
            Document planned = doc.withPlan(PaymentPlan.of(balances.balance(doc), count, frequency, first));
            ctx.store().documents().save(planned);
            return planned;
        });
    }

    /** PLN-1: the installments due or overdue as of a date, with what is still open of each. */
    public List<PaymentPlan.Installment> dueInstallments(long id, LocalDate asOf) {
        Document doc = get(id);
        if (doc.plan() == null) {
            return List.of();
        }
        Money planned = doc.plan().installments().stream().map(PaymentPlan.Installment::amount)
                .reduce(Money.zero(doc.total().currency()), Money::plus);
        Money received = planned.minus(balances.balanceAsOf(doc, asOf).max(Money.zero(doc.total().currency())));
        return doc.plan().due(received, asOf);
    }

    /** @return the document ({@code NOT_FOUND} otherwise) */
    public Document get(long id) {
        return ctx.store().documents().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id));
    }

    /** @return the document with a number ({@code NOT_FOUND} otherwise) */
    public Document byNumber(long number) {
        return ctx.store().documents().findByNumber(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document number " + number, "document", number));
    }

    /** @return the derived balance due (DOC-8) */
    public Money balance(long id) {
        return balances.balance(get(id));
    }

    /** @return every document of a client */
    public List<Document> ofClient(long clientId) {
        return ctx.store().documents().by("client", clientId);
    }

    private void checkShape(DocumentDraft draft) {
        DocumentType type = draft.type();
        if (type == null || draft.date() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a document needs a type and a date",
                    "type", type, "date", draft.date());
        }
        if (type.sessionBased() && draft.sessionId() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a " + type + " invoice is created from a session",
                    "type", type);
        }
        if (type == DocumentType.GENERIC && draft.sessionId() != null) {
            throw new StudioException(ErrorCode.VALIDATION, "a generic invoice is client-based, without a session",
                    "type", type);
        }
        if (!type.sessionBased() && draft.sessionId() == null && draft.clientId() == null
                && draft.originalId() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a " + type + " needs a client", "type", type);
        }
        if (draft.originalId() != null && type != DocumentType.CREDIT_MEMO) {
            throw new StudioException(ErrorCode.VALIDATION, "only a credit memo has an original", "type", type);
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            Line line = draft.lines().get(i);
            boolean badQuantity = type == DocumentType.CREDIT_MEMO ? line.quantity() > 0 : line.quantity() < 0;
            if (badQuantity || line.quantity() < -1_000_000 || line.quantity() > 1_000_000) {
                throw new StudioException(ErrorCode.VALIDATION, "quantity " + line.quantity() + " on line " + (i + 1)
                        + (type == DocumentType.CREDIT_MEMO ? ": credit memo quantities are negative or zero"
                                : ": negative quantities are only for credit memos"),
                        "line", i + 1, "quantity", line.quantity());
            }
            if (line.unitPrice().isNegative()) {
                throw new StudioException(ErrorCode.VALIDATION, "negative unit price on line " + (i + 1),
                        "line", i + 1, "price", line.unitPrice());
            }
            if (line.item().isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "line " + (i + 1) + " has no item", "line", i + 1);
            }
        }
        if (draft.shipping() != null && draft.shipping().isNegative() && type != DocumentType.CREDIT_MEMO) {
            throw new StudioException(ErrorCode.VALIDATION, "negative shipping", "shipping", draft.shipping());
        }
    }

    private static void requireOriginalInvoice(Document original) {
        if (!original.type().financial() || original.isCreditMemo() || original.voided()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "a credit memo needs an invoice, not "
                    + original.type(), "document", original.number(), "type", original.type());
        }
    }

    private long resolveClient(DocumentDraft draft) {
        Long clientId = draft.clientId();
        if (draft.sessionId() != null) {
            Session session = ctx.store().sessions().find(draft.sessionId()).orElseThrow(() -> new StudioException(
                    ErrorCode.NOT_FOUND, "no session " + draft.sessionId(), "session", draft.sessionId()));
            if (clientId == null) {
                clientId = session.clientId();
            }
        }
        if (draft.originalId() != null) {
            Document original = get(draft.originalId());
            if (clientId == null) {
                clientId = original.clientId();
            }
        }
        long id = clientId;
        Client client = ctx.store().clients().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no client " + id, "client", id));
        return client.id();
    }

    private Money shipping(DocumentType type, Money shipping) {
        Money zero = Money.zero(ctx.store().settings().currency());
        if (shipping == null) {
            return zero;
        }
        shipping.requireCurrency(zero.currency());
        return type == DocumentType.CREDIT_MEMO ? shipping.abs().negate() : shipping;
    }

    private List<String> invoiceTaxes(List<String> taxes) {
        StudioSettings settings = ctx.store().settings();
        List<String> codes = taxes == null ? settings.defaultTaxes() : taxes;
        for (String code : codes) {
            settings.taxRate(code);
        }
        return codes;
    }

    private void addUnknownItems(List<Line> lines) {
        StudioSettings settings = ctx.store().settings();
        StudioSettings.Builder builder = null;
        for (Line line : lines) {
            if (!settings.items().containsKey(line.item())) {
                if (builder == null) {
                    builder = settings.toBuilder();
                }
                builder.item(new Item(line.item(), null, null));
            }
        }
        if (builder != null) {
            ctx.store().saveSettings(builder.build());
        }
    }
}
