package org.studiokit.core.service;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.MoneyCommand;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementDraft;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.OverpaymentPolicy;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.QuickSale;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;

/** The steps of the commands that take money in: PAY-1 payment, DEP-1 deposit, DOC-10 quick sale. */
final class ReceiptCommands {
    private ReceiptCommands() {
    }

    /**
     * An invoice being paid, with its balance before the payment.
     *
     * @param doc     the invoice
     * @param balance its balance (DOC-8)
     */
    record Owed(Document doc, Money balance) {
    }

    /** PAY-1. The balance is derived once: after the payment it is the one before plus the payment's effect. */
    record PaySteps(MoneyRecords r, Actor actor, Pay c) implements CommandLadder.Steps<Owed> {
        @Override
        public Owed lookUp() {
            r.checkValues(c.date(), c.amount());
            r.checkPaid(c.method(), c.reference());
            Document doc = r.document(c.invoice());
            return new Owed(doc, r.balances.balance(doc));
        }

        @Override
        public void rules(Owed owed) {
            MoneyRecords.checkDate(c.date(), owed.doc());
            MoneyRecords.requireInvoice(owed.doc(), "payment");
            OverpaymentPolicy.check(c.amount(), owed.balance(), r.allowOverpayment());
        }

        @Override
        public Receipt record(Owed owed) {
            Document doc = owed.doc();
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.PAYMENT, c.date(), c.amount(),
                    doc.clientId()).paid(c.method(), c.reference()).key(c.key()).on(doc.id()));
            return new Receipt(m, null, doc, owed.balance().plus(m.effectOn(doc.id())), null, null);
        }
    }

    /** DEP-1. */
    record DepositSteps(MoneyRecords r, Actor actor, Deposit c) implements CommandLadder.Steps<Client> {
        @Override
        public Client lookUp() {
            r.checkValues(c.date(), c.amount());
            r.checkPaid(c.method(), c.reference());
            return r.clients.get(c.client());
        }

        @Override
        public void rules(Client client) {
        }

        @Override
        public Receipt record(Client client) {
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.DEPOSIT, c.date(), c.amount(),
                    client.id()).paid(c.method(), c.reference()).key(c.key()));
            return new Receipt(m, null, null, null, null, c.amount());
        }
    }

    /**
     * A quick sale once priced.
     *
     * @param draft its invoice
     * @param total the invoice's total, paid in full
     */
    record Sale(DocumentDraft draft, Money total) {
    }

    /** DOC-10. */
    record QuickSaleSteps(MoneyRecords r, Actor actor, QuickSale c) implements CommandLadder.Steps<Sale> {
        @Override
        public Sale lookUp() {
            if (c.date() == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a quick sale needs a date", "date", null);
            }
            r.checkPaid(c.method(), c.reference());
            Client quick = r.clients.quickSaleClient();
            DocumentDraft draft = new DocumentDraft(DocumentType.GENERIC, quick.id(), null, c.date(), c.lines(),
                    null, null, null, null, null);
            Money total = r.invoices.price(draft).total();
            if (!total.isPositive()) {
                throw new StudioException(ErrorCode.VALIDATION, "a quick sale needs a total above zero",
                        "total", total);
            }
            return new Sale(draft, total);
        }

        @Override
        public MoneyCommand.Fingerprint fingerprint(MoneyCommand command, Sale sale) {
            return command.fingerprint().withAmount(sale.total());
        }

        @Override
        public void rules(Sale sale) {
        }

        @Override
        public Receipt record(Sale sale) {
            Document doc = r.issuer.issue(actor, sale.draft(), DocumentIssuer.Purpose.QUICK_SALE);
            MoneyMovement m = r.insert(actor, MovementDraft.of(MovementKind.PAYMENT, c.date(), sale.total(),
                    doc.clientId()).paid(c.method(), c.reference()).key(c.key()).on(doc.id()));
            return new Receipt(m, null, doc, r.balances.balance(doc), null, null);
        }
    }
}
