package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentChecks;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * Documents (DOC-1..15, PLN-1): create, price, credit memos, estimate conversion, edit, void, delivery and payment
 * plans. Documents need {@code SELL}; credit memos need {@code REFUND}. A command acting on a void document is
 * refused with {@code NOT_FOUND} naming its number (DOC-12); {@link #get} and {@link #byNumber} still show it.
 */
public final class Invoices {
    private final StudioContext ctx;
    private final Balances balances;
    private final DocumentWriter writer;
    private final CreditMemoRule creditMemos;
    private final PaymentPlans plans;
    private final DocumentEdits edits;
    private DocumentIssuer issuer;

    /** @param ctx the studio context */
    public Invoices(StudioContext ctx) {
        this.ctx = ctx;
        this.balances = new Balances(ctx.store());
        this.writer = new DocumentWriter(ctx);
        this.creditMemos = new CreditMemoRule(ctx.store());
        this.plans = new PaymentPlans(ctx, writer, balances);
        this.edits = new DocumentEdits(ctx, writer, balances, creditMemos);
        this.issuer = new DocumentIssuer(writer, edits);
    }

    /**
     * Hands out the issuer of compound money commands' documents, once: the studio's money commands take it when
     * they are built, so a second call (any host code) is refused.
     *
     * @throws IllegalStateException when it was taken already
     */
    public synchronized DocumentIssuer takeIssuer() {
        if (issuer == null) {
            throw new IllegalStateException("the document issuer was taken by the studio's money commands");
        }
        DocumentIssuer taken = issuer;
        issuer = null;
        return taken;
    }

    /** @return the permission creating or editing a document of the type needs */
    public static Permission permissionFor(DocumentType type) {
        return type == DocumentType.CREDIT_MEMO ? Permission.REFUND : Permission.SELL;
    }

    /** @return the permission editing or voiding a document needs: what creating it needed */
    public static Permission permissionFor(Document doc) {
        return doc.writeOff() ? Permission.WRITE_OFF : permissionFor(doc.type());
    }

    /** Prices a draft without saving it (§14): the totals the document would have. */
    public Totals price(DocumentDraft draft) {
        return writer.price(draft);
    }

    /** Creates a document from a draft (DOC-1..7); a credit memo with an original follows DOC-9. */
    public Document create(Actor actor, DocumentDraft draft) {
        return ctx.store().transaction(() -> {
            if (draft.type() != null) {
                actor.require(permissionFor(draft.type()));
            }
            Totals totals = writer.price(draft);
            long clientId = writer.resolveClient(draft);
            ctx.requireOpen(draft.date());
            if (draft.originalId() != null) {
                creditMemos.checkNew(writer.find(draft.originalId()), clientId, draft.date(), totals.total().abs());
            }
            return writer.insert(actor, draft, clientId, totals, false, false);
        });
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
            Document original = DocumentChecks.live(writer.find(originalId));
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
            Totals totals = writer.price(draft);
            ctx.requireOpen(date);
            creditMemos.checkNew(original, original.clientId(), date, totals.total().abs());
            Document memo = writer.insert(actor, draft, original.clientId(), totals, false, false);
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
            Inputs.optionalDate(date, "date");
            Document estimate = DocumentChecks.live(writer.find(estimateId));
            ctx.requireOpen(date);
            if (estimate.type() != DocumentType.ESTIMATE) {
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
            Totals totals = writer.price(draft);
            long clientId = writer.resolveClient(draft);
            Document doc = writer.insert(actor, draft, clientId, totals, false, false);
            ctx.store().documents().save(estimate.withConvertedTo(doc.id()));
            return doc;
        });
    }

    /**
     * Edits an unposted or unlocked document (LCK-1, LCK-2). Checked against the old and the new date (LCK-3);
     * money already on it must stay dated on or after its date (DOC-14). A percent discount is recomputed.
     */
    public Document edit(Actor actor, long id, DocumentChange change) {
        return edits.edit(actor, id, change);
    }

    /**
     * DOC-12: voids a document: it keeps its number, its amounts become zero, and its production orders are voided
     * with it. Refused with {@code NO_CHANGE} when void already, {@code MONEY_APPLIED} while money is applied,
     * {@code UNPOSTED_RECORDS} while its money movements are partly posted, {@code LOCKED} while posted and locked.
     */
    public Document voidDocument(Actor actor, long id) {
        return edits.voidDocument(actor, id);
    }

    /**
     * DOC-15: records the delivered date (PST-2). Needs {@code SELL}; not a financial change, so allowed on posted
     * documents, but audited (AUD-1); refused on estimates and credit memos ({@code WRONG_DOCUMENT_TYPE}) and when
     * the new or the old date is on or before the lock date ({@code PERIOD_CLOSED}).
     */
    public Document markDelivered(Actor actor, long id, LocalDate date) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a delivered date is needed", "date", null);
            }
            Inputs.optionalDate(date, "delivered");
            Document doc = DocumentChecks.live(writer.find(id));
            ctx.requireOpen(date);
            ctx.requireOpen(doc.delivered());
            if (!doc.type().financial() || doc.isCreditMemo()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no delivered date on "
                        + DocumentChecks.describe(doc) + ": only on an invoice", "document", doc.number(),
                        "type", doc.type());
            }
            if (date.isBefore(doc.date())) {
                throw new StudioException(ErrorCode.VALIDATION, "delivered before the document date",
                        "date", date, "documentDate", doc.date());
            }
            Document delivered = doc.withDelivered(date);
            ctx.store().documents().save(delivered);
            ctx.audit().record(actor.name(), "DELIVERED", "document " + doc.number(),
                    doc.delivered() == null ? "" : doc.delivered().toString(), date.toString());
            return delivered;
        });
    }

    /** PLN-1: plans N payments for the document's balance due, replacing any earlier plan. */
    public Document plan(Actor actor, long id, int count, PaymentPlan.Frequency frequency, LocalDate first) {
        return plans.plan(actor, id, count, frequency, first);
    }

    /** PLN-1: the installments due or overdue as of a date, with what is still open of each. */
    public List<PaymentPlan.Installment> dueInstallments(long id, LocalDate asOf) {
        return plans.due(id, asOf);
    }

    /** @return the document, void or not ({@code NOT_FOUND} otherwise) */
    public Document get(long id) {
        return writer.find(id);
    }

    /** @return the document with a number, void or not ({@code NOT_FOUND} otherwise) */
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
}
