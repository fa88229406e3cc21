package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplicationPolicy;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.OverpaymentPolicy;
import org.studiokit.core.movement.RefundPolicy;
import org.studiokit.core.movement.TransferPolicy;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * Edits and voids of money movements (LCK-1..3, DOC-12, DOC-14). An edit re-checks the limit policy that applied
 * when the movement was made (PAY-1, DEP-2, REF-1, TRF-1).
 */
final class MoneyChanges {
    private final MoneyRecords r;
    private final StudioContext ctx;
    private final Balances balances;

    MoneyChanges(MoneyRecords records) {
        this.r = records;
        this.ctx = records.ctx;
        this.balances = records.balances;
    }

    /**
     * @return the permission editing or voiding a movement needs: what creating it needed (a write-off's credit
     *         transfer needs {@code WRITE_OFF}, either half of a deposit refund {@code REFUND})
     */
    Permission permissionFor(MoneyMovement m) {
        if (m.pairId() != null) {
            return Permission.REFUND;
        }
        if (m.kind() == MovementKind.TRANSFER && m.documentId() != null
                && ctx.store().documents().find(m.documentId()).map(Document::writeOff).orElse(false)) {
            return Permission.WRITE_OFF;
        }
        return Payments.permissionFor(m.kind());
    }

    /** PTY-3 before the look-up (ERR-1): an actor who could change no movement is refused first. */
    private MoneyMovement target(Actor actor, long movementId) {
        if (!actor.can(Permission.RECEIVE_PAYMENT) && !actor.can(Permission.REFUND)
                && !actor.can(Permission.WRITE_OFF)) {
            actor.require(Permission.RECEIVE_PAYMENT);
        }
        MoneyMovement m = ctx.store().movements().find(movementId).orElse(null);
        if (m != null) {
            actor.require(permissionFor(m));
        }
        return m;
    }

    private static StudioException unknown(long movementId) {
        return new StudioException(ErrorCode.NOT_FOUND, "no movement with id " + movementId, "movement", movementId);
    }

    MoneyMovement edit(Actor actor, long movementId, LocalDate date, String method, Money amount) {
        return ctx.store().transaction(() -> {
            MoneyMovement m = target(actor, movementId);
            if (amount != null) {
                MoneyRecords.checkAmount(amount);
            }
            Inputs.optionalDate(date, "date");
            if (m == null) {
                throw unknown(movementId);
            }
            MoneyRecords.live(m);
            if (method != null && !m.kind().hasMethod()) {
                throw new StudioException(ErrorCode.VALIDATION, "a " + m.kind() + " has no payment method",
                        "movement", m.number());
            }
            if (method != null) {
                r.checkMethod(method);
            }
            boolean amountChanges = amount != null && !amount.equals(m.amount());
            if (amountChanges && (m.kind() == MovementKind.UNAPPLY || m.pairId() != null
                    || balances.unapplyOf(m).isPresent())) {
                throw new StudioException(ErrorCode.VALIDATION, "the amount of this " + m.kind()
                        + " follows another record", "movement", m.number());
            }
            LocalDate newDate = date != null ? date : m.date();
            ctx.requireOpen(m.date());
            ctx.requireOpen(newDate);
            StudioContext.requireUnlocked(m.lock(), "movement " + m.number());
            MoneyMovement edited = m.withContent(newDate, method != null ? method : m.method(),
                    amount != null ? amount : m.amount());
            if (m.pairId() != null && !newDate.equals(m.date())) {
                movePair(m, newDate);
            }
            ctx.store().movements().save(edited);
            checkAfterEdit(m, edited);
            if (m.lock().posted()) {
                ctx.audit().record(actor.name(), "EDIT", "movement " + m.number(), m.toString(), edited.toString());
            }
            return edited;
        });
    }

    /** DEP-4: a deposit refund's halves and its $0 invoice keep one date. */
    private void movePair(MoneyMovement m, LocalDate newDate) {
        MoneyMovement pair = r.movement(m.pairId());
        StudioContext.requireUnlocked(pair.lock(), "movement " + pair.number());
        ctx.store().movements().save(pair.withContent(newDate, pair.method(), pair.amount()));
        Document zero = r.invoices.get(m.documentId());
        if (!zero.depositRefund()) {
            return;
        }
        StudioContext.requireUnlocked(zero.lock(), "document " + zero.number());
        ctx.requireOpen(zero.date());
        ctx.store().documents().save(zero.withContent(newDate, zero.lines(), zero.discount(), zero.shipping(),
                zero.taxes(), zero.totals()));
        for (MoneyMovement other : balances.movementsOf(zero.id())) {
            if (!other.voided() && other.id() != m.id() && other.id() != pair.id()
                    && other.date().isBefore(newDate)) {
                throw new StudioException(ErrorCode.VALIDATION, "movement " + other.number() + " on document "
                        + zero.number() + " is dated before " + newDate, "movement", other.number(), "date", newDate);
            }
        }
    }

    /** DOC-14 and the limit policies, on the records as they are after the edit. */
    private void checkAfterEdit(MoneyMovement before, MoneyMovement after) {
        if (after.documentId() != null) {
            MoneyRecords.checkDate(after.date(), r.document(after.documentId()));
        }
        if (after.targetId() != null) {
            MoneyRecords.checkDate(after.date(), r.document(after.targetId()));
        }
        if (after.sourceId() != null) {
            MoneyRecords.checkDate(after.date(), r.movement(after.sourceId()));
        }
        for (MoneyMovement dependent : ctx.store().movements().by("source", after.id())) {
            if (!dependent.voided() && dependent.date().isBefore(after.date())) {
                throw new StudioException(ErrorCode.VALIDATION, "movement " + dependent.number()
                        + " depends on it and is dated earlier", "movement", dependent.number());
            }
        }
        boolean grew = after.amount().isGreaterThan(before.amount());
        if (grew || after.kind().depositSource()) {
            checkPolicy(after);
        }
    }

    /** The limit policy of the movement's kind, with the figures it is checked against without it. */
    private void checkPolicy(MoneyMovement m) {
        Money a = m.amount();
        switch (m.kind()) {
            case PAYMENT -> OverpaymentPolicy.check(a, balanceOf(m.documentId()).plus(a), r.allowOverpayment());
            case APPLICATION -> ApplicationPolicy.check(a, balances.remaining(r.movement(m.sourceId())).plus(a),
                    balanceOf(m.documentId()).plus(a));
            case REFUND -> RefundPolicy.check(a, a.minus(balanceOf(m.documentId())));
            case TRANSFER -> TransferPolicy.check(a, a.minus(balanceOf(m.documentId())),
                    balanceOf(m.targetId()).plus(a));
            case DEPOSIT, UNAPPLY -> ApplicationPolicy.checkSource(m, balances.remaining(m));
            default -> throw new IllegalStateException(m.kind().name());
        }
    }

    private Money balanceOf(long documentId) {
        return balances.balance(r.document(documentId));
    }

    MoneyMovement voidMovement(Actor actor, long movementId) {
        return ctx.store().transaction(() -> {
            MoneyMovement m = target(actor, movementId);
            if (m == null) {
                throw unknown(movementId);
            }
            if (m.voided()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "movement " + m.number() + " is already void",
                        "movement", m.number());
            }
            if (m.kind() == MovementKind.UNAPPLY) {
                r.document(m.documentId());
            }
            ctx.requireOpen(m.date());
            StudioContext.requireUnlocked(m.lock(), "movement " + m.number());
            MoneyMovement pair = m.pairId() == null ? null : r.movement(m.pairId());
            if (pair != null) {
                actor.require(permissionFor(pair));
                StudioContext.requireUnlocked(pair.lock(), "movement " + pair.number());
            }
            for (MoneyMovement dependent : ctx.store().movements().by("source", m.id())) {
                if (!dependent.voided() && !Objects.equals(dependent.id(), m.pairId())) {
                    throw new StudioException(ErrorCode.MONEY_APPLIED, "movement " + dependent.number()
                            + " depends on movement " + m.number(), "movement", m.number(),
                            "dependent", dependent.number());
                }
            }
            Document zero = pair == null ? null : depositRefundInvoice(m, pair);
            MoneyMovement voided = m.asVoid();
            ctx.store().movements().save(voided);
            if (pair != null) {
                ctx.store().movements().save(pair.asVoid());
                r.issuer.voidIssued(zero);
            }
            ctx.audit().record(actor.name(), "VOID", "movement " + m.number(), m.toString(), "void");
            return voided;
        });
    }

    /**
     * DOC-12, DEP-4: the $0 invoice voided with a deposit refund: it must be unlocked and carry no other live money
     * ({@code LOCKED}, {@code MONEY_APPLIED}).
     */
    private Document depositRefundInvoice(MoneyMovement m, MoneyMovement pair) {
        Document zero = r.invoices.get(m.documentId());
        StudioContext.requireUnlocked(zero.lock(), "document " + zero.number());
        for (MoneyMovement other : balances.movementsOf(zero.id())) {
            if (!other.voided() && other.id() != m.id() && other.id() != pair.id()) {
                throw new StudioException(ErrorCode.MONEY_APPLIED, "document " + zero.number()
                        + " has money applied: un-apply it first", "document", zero.number(),
                        "movement", other.number());
            }
        }
        return zero;
    }
}
