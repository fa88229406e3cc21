package org.studiokit.core.service;

import java.time.LocalDate;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementDraft;
import org.studiokit.core.security.Actor;
import org.studiokit.core.store.Sequence;

/**
 * What the money commands share: the studio's records and balances, look-ups that refuse void records (DOC-12),
 * the checks of plain values, DOC-14's date rule, and writing a new movement.
 */
final class MoneyRecords {
    final StudioContext ctx;
    final Balances balances;
    final Invoices invoices;
    final Clients clients;
    final DocumentIssuer issuer;

    MoneyRecords(StudioContext ctx, Invoices invoices, Clients clients) {
        this.ctx = ctx;
        this.balances = new Balances(ctx.store());
        this.invoices = invoices;
        this.clients = clients;
        this.issuer = invoices.takeIssuer();
    }

    MoneyMovement insert(Actor actor, MovementDraft d) {
        MoneyMovement m = new MoneyMovement(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.MOVEMENT), d.kind(),
                d.date(), d.amount(), d.method(), d.reference(), actor.name(), d.key(), d.clientId(), d.documentId(),
                d.targetId(), d.sourceId(), d.pairId(), false, LockState.UNPOSTED);
        ctx.store().movements().save(m);
        return m;
    }

    boolean allowOverpayment() {
        return ctx.store().settings().allowOverpayment();
    }

    void checkValues(LocalDate date, Money amount) {
        if (date == null || amount == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a date and an amount are needed", "date", date,
                    "amount", amount);
        }
        Inputs.optionalDate(date, "date");
        checkAmount(amount);
        amount.requireCurrency(ctx.store().settings().currency());
    }

    /** MON-1, §12: an amount above zero and within {@link Money#MAX_RECORD_MINOR} ({@code VALIDATION}). */
    static void checkAmount(Money amount) {
        if (!amount.isPositive()) {
            throw new StudioException(ErrorCode.VALIDATION, "an amount must be above zero", "amount", amount);
        }
        if (!amount.withinRecordLimit()) {
            Money limit = Money.ofMinor(Money.MAX_RECORD_MINOR, amount.currency());
            throw new StudioException(ErrorCode.VALIDATION, "amount " + amount + " is over the limit of " + limit,
                    "amount", amount, "limit", limit);
        }
    }

    void checkPaid(String method, String reference) {
        ctx.store().settings().paymentMethod(method);
        Inputs.text(reference, "reference");
    }

    void checkMethod(String method) {
        ctx.store().settings().paymentMethod(method);
    }

    /** Refuses with {@code WRONG_DOCUMENT_TYPE} unless the document is an invoice (not an estimate or credit memo). */
    static void requireInvoice(Document doc, String what) {
        if (!doc.type().financial() || doc.isCreditMemo()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no " + what + " on a document of type "
                    + doc.type(), "document", doc.number(), "type", doc.type());
        }
    }

    /** DOC-14: money on a document is dated on or after it ({@code VALIDATION}, a business rule in ERR-1). */
    static void checkDate(LocalDate date, Document doc) {
        if (date.isBefore(doc.date())) {
            throw new StudioException(ErrorCode.VALIDATION, "money is dated before document " + doc.number(),
                    "date", date, "documentDate", doc.date());
        }
    }

    /** DOC-14: money from another movement is dated on or after it. */
    static void checkDate(LocalDate date, MoneyMovement source) {
        if (date.isBefore(source.date())) {
            throw new StudioException(ErrorCode.VALIDATION, "dated before movement " + source.number(),
                    "date", date, "movementDate", source.date());
        }
    }

    /** @return the live document ({@code NOT_FOUND} naming its number when void, DOC-12) */
    Document document(long id) {
        Document doc = invoices.get(id);
        if (doc.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "document " + doc.number() + " is void",
                    "document", doc.number());
        }
        return doc;
    }

    /** @return the movement, void or not ({@code NOT_FOUND} when unknown) */
    MoneyMovement find(long id) {
        return ctx.store().movements().find(id).orElseThrow(() -> new StudioException(ErrorCode.NOT_FOUND,
                "no movement with id " + id, "movement", id));
    }

    /** @return the live movement ({@code NOT_FOUND} naming its number when void, DOC-12) */
    MoneyMovement movement(long id) {
        return live(find(id));
    }

    static MoneyMovement live(MoneyMovement m) {
        if (m.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "movement " + m.number() + " is void", "movement",
                    m.number());
        }
        return m;
    }

    MoneyMovement depositSource(long id) {
        MoneyMovement source = movement(id);
        if (!source.kind().depositSource()) {
            throw new StudioException(ErrorCode.VALIDATION, "movement " + source.number()
                    + " is not a deposit or an un-apply", "movement", source.number());
        }
        return source;
    }
}
