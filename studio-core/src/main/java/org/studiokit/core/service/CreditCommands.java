package org.studiokit.core.service;

import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementDraft;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundPolicy;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.TransferPolicy;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.security.Actor;

/** The steps of the commands that move credit: REF-1 refund, TRF-1 transfer, DOC-11 write-off. */
final class CreditCommands {
    private CreditCommands() {
    }

    /** REF-1. */
    record RefundSteps(MoneyRecords r, Actor actor, Refund c) implements CommandLadder.Steps<Document> {
        @Override
        public Document lookUp() {
            r.checkValues(c.date(), c.amount());
            r.checkPaid(c.method(), c.reference());
            return r.document(c.document());
        }

        @Override
        public void rules(Document doc) {
            MoneyRecords.checkDate(c.date(), doc);
            if (!doc.type().financial()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no refund on an estimate",
                        "document", doc.number());
            }
            RefundPolicy.check(c.amount(), r.balances.balance(doc).negate());
        }

        @Override
        public Receipt record(Document doc) {
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.REFUND, c.date(), c.amount(),
                    doc.clientId()).paid(c.method(), c.reference()).key(c.key()).on(doc.id()));
            r.ctx.audit().record(actor.name(), "REFUND", "movement " + m.number(), "", m.toString());
            return new Receipt(m, null, doc, r.balances.balance(doc), null, null);
        }
    }

    /**
     * The two documents of a transfer.
     *
     * @param from the document with the credit
     * @param to   the document with the balance due
     */
    record Ends(Document from, Document to) {
    }

    /** TRF-1. */
    record TransferSteps(MoneyRecords r, Actor actor, Transfer c) implements CommandLadder.Steps<Ends> {
        @Override
        public Ends lookUp() {
            r.checkValues(c.date(), c.amount());
            if (c.from() == c.to()) {
                throw new StudioException(ErrorCode.VALIDATION, "a transfer needs two documents", "from", c.from());
            }
            Document from = r.document(c.from());
            return new Ends(from, r.document(c.to()));
        }

        @Override
        public void rules(Ends e) {
            MoneyRecords.checkDate(c.date(), e.from());
            MoneyRecords.checkDate(c.date(), e.to());
            if (!e.from().type().financial() || !e.to().type().financial()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no transfer with an estimate",
                        "from", e.from().number(), "to", e.to().number());
            }
            TransferPolicy.check(c.amount(), r.balances.balance(e.from()).negate(), r.balances.balance(e.to()));
        }

        @Override
        public Receipt record(Ends e) {
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.TRANSFER, c.date(), c.amount(),
                    e.from().clientId()).key(c.key()).on(e.from().id()).to(e.to().id()));
            return new Receipt(m, null, e.from(), r.balances.balance(e.from()), r.balances.balance(e.to()), null);
        }
    }

    /** DOC-11: a credit memo of one non-taxable write-off line, whose credit is transferred to the invoice. */
    record WriteOffSteps(MoneyRecords r, Actor actor, WriteOff c) implements CommandLadder.Steps<Document> {
        @Override
        public Document lookUp() {
            r.checkValues(c.date(), c.amount());
            return r.document(c.invoice());
        }

        @Override
        public void rules(Document doc) {
            MoneyRecords.checkDate(c.date(), doc);
            MoneyRecords.requireInvoice(doc, "write-off");
            TransferPolicy.checkWriteOff(c.amount(), r.balances.balance(doc));
        }

        @Override
        public Receipt record(Document doc) {
            String item = r.ctx.store().settings().writeOffItem();
            DocumentDraft draft = DocumentDraft.forClient(DocumentType.CREDIT_MEMO, doc.clientId(), c.date())
                    .line(Line.of(item, -1, c.amount()).withTaxes(List.of())).withTaxes(List.of())
                    .withOriginal(doc.id(), "write-off");
            Document memo = r.issuer.issue(actor, draft, DocumentIssuer.Purpose.WRITE_OFF);
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.TRANSFER, c.date(), c.amount(),
                    doc.clientId()).key(c.key()).on(memo.id()).to(doc.id()));
            r.ctx.audit().record(actor.name(), "WRITE_OFF", "document " + doc.number(), "",
                    "credit memo " + memo.number() + " for " + c.amount());
            return new Receipt(m, null, memo, r.balances.balance(memo), r.balances.balance(doc), null);
        }
    }
}
