package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.QuickSale;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.service.Payments;
import org.studiokit.examples.script.RecordKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * The money ops (PAY-1..3, DEP-1..4, REF-1, TRF-1, DOC-10, DOC-11): each returns the receipt the studio recorded,
 * so a retry with a known idempotency key shows the first result verbatim (IDM-1).
 */
final class MoneyOps {
    private MoneyOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("payment", MoneyOps::payment);
        ops.put("deposit", MoneyOps::deposit);
        ops.put("applyDeposit", MoneyOps::applyDeposit);
        ops.put("refundDeposit", MoneyOps::refundDeposit);
        ops.put("refund", MoneyOps::refund);
        ops.put("transferCredit", MoneyOps::transferCredit);
        ops.put("unapply", MoneyOps::unapply);
        ops.put("writeOff", MoneyOps::writeOff);
        ops.put("quickSale", MoneyOps::quickSale);
    }

    private static Payments money(StepContext c) {
        return c.studio().money();
    }

    private static StepResult payment(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        String key = in.optString("key");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        return movement(c, money(c).pay(c.actor(), Pay.of(invoice, amount).method(method).on(date).key(key)));
    }

    private static StepResult deposit(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long client = c.ref("client", RecordKind.CLIENT);
        return movement(c, money(c).deposit(c.actor(), Deposit.of(client, amount).method(method).on(date)));
    }

    private static StepResult applyDeposit(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long deposit = c.ref("deposit", RecordKind.MOVEMENT);
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        return movement(c, money(c).applyDeposit(c.actor(), ApplyDeposit.of(deposit, invoice, amount).on(date)));
    }

    private static StepResult refundDeposit(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long deposit = c.ref("deposit", RecordKind.MOVEMENT);
        return movement(c, money(c).refundDeposit(c.actor(), RefundDeposit.of(deposit, amount).method(method)
                .on(date)));
    }

    private static StepResult refund(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        return movement(c, money(c).refund(c.actor(), Refund.of(invoice, amount).method(method).on(date)));
    }

    private static StepResult transferCredit(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long from = c.ref("from", RecordKind.DOCUMENT);
        long to = c.ref("to", RecordKind.DOCUMENT);
        return movement(c, money(c).transfer(c.actor(), Transfer.of(from, to, amount).on(date)));
    }

    private static StepResult unapply(StepContext c) {
        LocalDate date = c.in().date("date");
        long payment = c.ref("payment", RecordKind.MOVEMENT);
        return movement(c, money(c).unapply(c.actor(), Unapply.of(payment).on(date)));
    }

    private static StepResult writeOff(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        Receipt r = money(c).writeOff(c.actor(), WriteOff.of(invoice, amount).on(date));
        ObjectNode o = c.views().documents().of(r.document(), r.balance());
        o.put("targetBalance", r.targetBalance().toString());
        o.put("transfer", Long.toString(r.movement().number()));
        return new StepResult(o, r.document().id());
    }

    private static StepResult quickSale(StepContext c) {
        LocalDate date = c.in().date("date");
        List<Line> lines = c.in().lines("lines");
        String method = c.in().string("method");
        Receipt r = money(c).quickSale(c.actor(), QuickSale.of(lines).method(method).on(date));
        ObjectNode o = c.views().documents().of(r.document(), r.balance());
        o.put("payment", Long.toString(r.movement().number()));
        return new StepResult(o, r.document().id());
    }

    private static StepResult movement(StepContext c, Receipt r) {
        return new StepResult(c.views().movements().of(r), r.movement().id());
    }
}
