package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.MoneyCommand;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.QuickSale;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * Money movements (PAY-1..3, DEP-1..4, REF-1, TRF-1, DOC-10, DOC-11, IDM-1). Each command is a value of the sealed
 * {@link MoneyCommand} family, e.g. {@code money().pay(actor, Pay.of(invoice, amount).method("Check").on(date))};
 * every one runs the same sequence of ERR-1 checks ({@link CommandLadder}), and each limit is a named policy used
 * when the movement is made and when it is edited.
 */
public final class Payments {
    private final MoneyRecords records;
    private final CommandLadder ladder;
    private final MoneyChanges changes;

    /**
     * @param ctx      the studio context
     * @param invoices the studio's documents (its document issuer is taken, once)
     * @param clients  the studio's clients
     */
    public Payments(StudioContext ctx, Invoices invoices, Clients clients) {
        this.records = new MoneyRecords(ctx, invoices, clients);
        this.ladder = new CommandLadder(ctx);
        this.changes = new MoneyChanges(records);
    }

    /** @return the balance queries of the studio */
    public Balances balances() {
        return records.balances;
    }

    /** Runs any money command (for hosts and runners that hold one as a {@link MoneyCommand}). */
    public Receipt run(Actor actor, MoneyCommand command) {
        if (command instanceof Pay c) {
            return pay(actor, c);
        } else if (command instanceof Deposit c) {
            return deposit(actor, c);
        } else if (command instanceof ApplyDeposit c) {
            return applyDeposit(actor, c);
        } else if (command instanceof RefundDeposit c) {
            return refundDeposit(actor, c);
        } else if (command instanceof Refund c) {
            return refund(actor, c);
        } else if (command instanceof Transfer c) {
            return transfer(actor, c);
        } else if (command instanceof Unapply c) {
            return unapply(actor, c);
        } else if (command instanceof WriteOff c) {
            return writeOff(actor, c);
        } else if (command instanceof QuickSale c) {
            return quickSale(actor, c);
        }
        throw new IllegalArgumentException("unknown money command " + command);
    }

    /** PAY-1: a payment against one invoice, at most its balance due unless the studio allows overpayment. */
    public Receipt pay(Actor actor, Pay command) {
        return ladder.run(actor, command, new ReceiptCommands.PaySteps(records, actor, command));
    }

    /** DEP-1: a customer deposit received before any invoice. */
    public Receipt deposit(Actor actor, Deposit command) {
        return ladder.run(actor, command, new ReceiptCommands.DepositSteps(records, actor, command));
    }

    /** DEP-2: applies a deposit (or an un-apply) to an invoice of the same client. */
    public Receipt applyDeposit(Actor actor, ApplyDeposit command) {
        return ladder.run(actor, command, new DepositCommands.ApplySteps(records, actor, command));
    }

    /**
     * DEP-4: refunds (part of) a deposit: a $0 generic invoice dated with the refund, the deposit's application to
     * it (numbered first) and the refund against it, so its balance is 0.
     */
    public Receipt refundDeposit(Actor actor, RefundDeposit command) {
        return ladder.run(actor, command, new DepositCommands.RefundDepositSteps(records, actor, command));
    }

    /** REF-1: money paid back against a document with a credit balance. */
    public Receipt refund(Actor actor, Refund command) {
        return ladder.run(actor, command, new CreditCommands.RefundSteps(records, actor, command));
    }

    /** TRF-1: moves credit from a document with a credit balance to a document with a balance due. */
    public Receipt transfer(Actor actor, Transfer command) {
        return ladder.run(actor, command, new CreditCommands.TransferSteps(records, actor, command));
    }

    /**
     * PAY-2: takes a whole payment or deposit application off its invoice; the amount becomes an unapplied deposit
     * of the bill-to client. Allowed on posted payments, which never change.
     */
    public Receipt unapply(Actor actor, Unapply command) {
        return ladder.run(actor, command, new DepositCommands.UnapplySteps(records, actor, command));
    }

    /**
     * DOC-11: writes off part of an invoice's balance: a credit memo linked to the invoice with one non-taxable line
     * of the write-off item, whose credit is transferred to the invoice.
     */
    public Receipt writeOff(Actor actor, WriteOff command) {
        return ladder.run(actor, command, new CreditCommands.WriteOffSteps(records, actor, command));
    }

    /** DOC-10: a generic invoice for the Quick Sale client and its payment in full, in one call. */
    public Receipt quickSale(Actor actor, QuickSale command) {
        return ladder.run(actor, command, new ReceiptCommands.QuickSaleSteps(records, actor, command));
    }

    /**
     * Edits an unposted or unlocked money movement's date, method or amount (null keeps the value); the rules
     * that applied at creation are checked again.
     */
    public MoneyMovement edit(Actor actor, long movementId, LocalDate date, String method, Money amount) {
        return changes.edit(actor, movementId, date, method, amount);
    }

    /**
     * Voids an unposted or unlocked money movement (DOC-12). A deposit with applications, or a payment or
     * application that was un-applied, is refused with {@code MONEY_APPLIED}. Voiding one half of a deposit refund
     * voids the other and its $0 invoice; voiding a void movement is {@code NO_CHANGE}.
     */
    public MoneyMovement voidMovement(Actor actor, long movementId) {
        return changes.voidMovement(actor, movementId);
    }

    /**
     * @return the permission editing or voiding a movement needs: what creating it needed (a write-off's credit
     *         transfer needs {@code WRITE_OFF}, either half of a deposit refund {@code REFUND})
     */
    public Permission permissionFor(MoneyMovement m) {
        return changes.permissionFor(m);
    }

    /** @return the permission creating or editing a movement of the kind needs */
    public static Permission permissionFor(MovementKind kind) {
        return kind == MovementKind.REFUND ? Permission.REFUND : Permission.RECEIVE_PAYMENT;
    }

    /** DEP-3: the unapplied deposits a payment on this document could use instead. */
    public List<MoneyMovement> offers(long documentId) {
        return records.balances.unappliedDeposits(records.document(documentId).clientId());
    }

    /** @return the movement, void or not ({@code NOT_FOUND} otherwise) */
    public MoneyMovement get(long id) {
        return records.find(id);
    }

    /** @return the movement with a number, void or not ({@code NOT_FOUND} otherwise) */
    public MoneyMovement byNumber(long number) {
        return records.ctx.store().movements().findByNumber(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no movement number " + number, "movement", number));
    }
}
