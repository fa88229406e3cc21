package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Payments;
import org.studiokit.core.movement.Receipt;
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
        return movement(c, money(c).pay(c.actor(), invoice, date, method, amount, null, key));
    }

    private static StepResult deposit(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long client = c.ref("client", RecordKind.CLIENT);
        return movement(c, money(c).deposit(c.actor(), client, date, method, amount, null, null));
    }

    private static StepResult applyDeposit(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long deposit = c.ref("deposit", RecordKind.MOVEMENT);
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        return movement(c, money(c).applyDeposit(c.actor(), deposit, invoice, date, amount, null));
    }

    private static StepResult refundDeposit(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long deposit = c.ref("deposit", RecordKind.MOVEMENT);
        return movement(c, money(c).refundDeposit(c.actor(), deposit, date, method, amount, null, null));
    }

    private static StepResult refund(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        String method = in.string("method");
        Money amount = in.amount("amount");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        return movement(c, money(c).refund(c.actor(), invoice, date, method, amount, null, null));
    }

    private static StepResult transferCredit(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long from = c.ref("from", RecordKind.DOCUMENT);
        long to = c.ref("to", RecordKind.DOCUMENT);
        return movement(c, money(c).transfer(c.actor(), from, to, date, amount, null));
    }

    private static StepResult unapply(StepContext c) {
        LocalDate date = c.in().date("date");
        long payment = c.ref("payment", RecordKind.MOVEMENT);
        return movement(c, money(c).unapply(c.actor(), payment, date, null));
    }

    private static StepResult writeOff(StepContext c) {
        LocalDate date = c.in().date("date");
        Money amount = c.in().amount("amount");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        Receipt r = money(c).writeOff(c.actor(), invoice, date, amount, null);
        ObjectNode o = c.views().documents().of(r.document(), r.balance());
        o.put("targetBalance", r.targetBalance().toString());
        o.put("transfer", Long.toString(r.movement().number()));
        return new StepResult(o, r.document().id());
    }

    private static StepResult quickSale(StepContext c) {
        LocalDate date = c.in().date("date");
        List<Line> lines = c.in().lines("lines");
        String method = c.in().string("method");
        Receipt r = money(c).quickSale(c.actor(), date, lines, method, null, null);
        ObjectNode o = c.views().documents().of(r.document(), r.balance());
        o.put("payment", Long.toString(r.movement().number()));
        return new StepResult(o, r.document().id());
    }

    private static StepResult movement(StepContext c, Receipt r) {
        return new StepResult(c.views().movements().of(r), r.movement().id());
    }
}
