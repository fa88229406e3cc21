package org.studiokit.core.service;

import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.ApplicationPolicy;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementDraft;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.RefundPolicy;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.security.Actor;

/** The steps of the commands on deposits: DEP-2 apply, DEP-4 refund a deposit, PAY-2 un-apply. */
final class DepositCommands {
    private DepositCommands() {
    }

    /**
     * A deposit and the invoice it is applied to.
     *
     * @param source the deposit or un-apply
     * @param doc    the invoice
     */
    record Applied(MoneyMovement source, Document doc) {
    }

    /** DEP-2. */
    record ApplySteps(MoneyRecords r, Actor actor, ApplyDeposit c) implements CommandLadder.Steps<Applied> {
        @Override
        public Applied lookUp() {
            r.checkValues(c.date(), c.amount());
            MoneyMovement source = r.depositSource(c.deposit());
            return new Applied(source, r.document(c.invoice()));
        }

        @Override
        public void rules(Applied a) {
            MoneyRecords.checkDate(c.date(), a.doc());
            MoneyRecords.checkDate(c.date(), a.source());
            MoneyRecords.requireInvoice(a.doc(), "deposit");
            if (a.doc().clientId() != a.source().clientId()) {
                throw new StudioException(ErrorCode.WRONG_CLIENT, "deposit " + a.source().number()
                        + " belongs to another client", "deposit", a.source().number(), "document", a.doc().number());
            }
            ApplicationPolicy.check(c.amount(), r.balances.remaining(a.source()), r.balances.balance(a.doc()));
        }

        @Override
        public Receipt record(Applied a) {
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.APPLICATION, c.date(), c.amount(),
                    a.doc().clientId()).key(c.key()).on(a.doc().id()).from(a.source().id()));
            return new Receipt(m, null, a.doc(), r.balances.balance(a.doc()), null, r.balances.remaining(a.source()));
        }
    }

    /** DEP-4: a $0 generic invoice, the deposit's application to it (numbered first) and the refund against it. */
    record RefundDepositSteps(MoneyRecords r, Actor actor, RefundDeposit c)
            implements CommandLadder.Steps<MoneyMovement> {
        @Override
        public MoneyMovement lookUp() {
            r.checkValues(c.date(), c.amount());
            r.checkPaid(c.method(), c.reference());
            return r.depositSource(c.deposit());
        }

        @Override
        public void rules(MoneyMovement source) {
            MoneyRecords.checkDate(c.date(), source);
            RefundPolicy.checkDeposit(c.amount(), r.balances.remaining(source));
        }

        @Override
        public Receipt record(MoneyMovement source) {
            Document zero = r.issuer.issue(actor, DocumentDraft.forClient(DocumentType.GENERIC, source.clientId(),
                    c.date()).withTaxes(List.of()), DocumentIssuer.Purpose.DEPOSIT_REFUND);
            MovementDraft half = MovementDraft.of(MovementKind.APPLICATION, c.date(), c.amount(), source.clientId())
                    .on(zero.id()).from(source.id());
            MoneyMovement app = r.insert(actor, half);
            MoneyMovement refund = r.insert(actor, MovementDraft.of(MovementKind.REFUND, c.date(), c.amount(),
                    source.clientId()).paid(c.method(), c.reference()).key(c.key()).on(zero.id())
                    .from(source.id()).pair(app.id()));
            app = app.withPair(refund.id());
            r.ctx.store().movements().save(app);
            r.ctx.audit().record(actor.name(), "REFUND_DEPOSIT", "movement " + refund.number(), "",
                    refund.toString());
            return new Receipt(refund, app, zero, r.balances.balance(zero), null, r.balances.remaining(source));
        }
    }

    /** PAY-2. */
    record UnapplySteps(MoneyRecords r, Actor actor, Unapply c) implements CommandLadder.Steps<MoneyMovement> {
        @Override
        public MoneyMovement lookUp() {
            if (c.date() == null) {
                throw new StudioException(ErrorCode.VALIDATION, "an un-apply needs a date", "date", null);
            }
            Inputs.optionalDate(c.date(), "date");
            MoneyMovement target = r.movement(c.movement());
            if (target.kind() != MovementKind.PAYMENT && target.kind() != MovementKind.APPLICATION
                    || target.pairId() != null) {
                throw new StudioException(ErrorCode.VALIDATION, "only a payment or a deposit application can be"
                        + " un-applied", "movement", target.number(), "kind", target.kind());
            }
            return target;
        }

        @Override
        public void rules(MoneyMovement target) {
            MoneyRecords.checkDate(c.date(), target);
            if (r.balances.unapplyOf(target).isPresent()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "movement " + target.number()
                        + " was already un-applied", "movement", target.number());
            }
            r.document(target.documentId());
        }

        @Override
        public Receipt record(MoneyMovement target) {
            Document doc = r.document(target.documentId());
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.UNAPPLY, c.date(), target.amount(),
                    doc.clientId()).key(c.key()).on(doc.id()).from(target.id()));
            return new Receipt(m, null, doc, r.balances.balance(doc), null, r.balances.remaining(m));
        }
    }
}
