package org.studiokit.examples.view;

import org.studiokit.core.Studio;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.service.Balances;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * A money movement as results show it: number, kind, date, amount, method, the records it touches, the affected
 * invoice's {@code balance} (a transfer: the source's, and the target's {@code targetBalance}), the deposit's
 * {@code remaining} for deposits, un-applies and their applications and refunds, and its void and lock flags.
 */
public final class MovementJson {
    private final Studio studio;

    /** @param studio the studio the movements belong to */
    public MovementJson(Studio studio) {
        this.studio = studio;
    }

    /** @return the movement as it now is, with the current balances it affects */
    public ObjectNode current(long id) {
        MoneyMovement m = studio.records().movements().find(id).orElseThrow();
        Balances b = studio.balances();
        Money balance = m.documentId() == null ? null : b.balance(studio.invoices().get(m.documentId()));
        Money target = m.targetId() == null ? null : b.balance(studio.invoices().get(m.targetId()));
        return of(m, balance, target, remaining(m));
    }

    /** @return the movement of a receipt, with the figures the receipt recorded */
    public ObjectNode of(Receipt r) {
        return of(r.movement(), r.balance(), r.targetBalance(), r.remaining());
    }

    private Money remaining(MoneyMovement m) {
        Balances b = studio.balances();
        if (m.kind().depositSource()) {
            return b.remaining(m);
        }
        boolean fromDeposit = m.sourceId() != null
                && (m.kind() == MovementKind.APPLICATION || m.kind() == MovementKind.REFUND);
        return fromDeposit ? b.remaining(studio.records().movements().find(m.sourceId()).orElseThrow()) : null;
    }

    private ObjectNode of(MoneyMovement m, Money balance, Money targetBalance, Money remaining) {
        ObjectNode o = ScriptJson.object();
        o.put("number", Long.toString(m.number()));
        o.put("kind", m.kind().name());
        o.put("date", m.date().toString());
        o.put("amount", m.amount().toString());
        if (m.method() != null) {
            o.put("method", m.method());
        }
        if (m.kind() == MovementKind.TRANSFER) {
            o.put("from", documentNumber(m.documentId()));
            o.put("to", documentNumber(m.targetId()));
        } else if (m.documentId() != null) {
            o.put("invoice", documentNumber(m.documentId()));
        }
        if (m.sourceId() != null) {
            o.put("source", movementNumber(m.sourceId()));
        }
        if (m.pairId() != null) {
            o.put(m.kind() == MovementKind.REFUND ? "application" : "refund", movementNumber(m.pairId()));
        }
        if (balance != null) {
            o.put("balance", balance.toString());
        }
        if (targetBalance != null) {
            o.put("targetBalance", targetBalance.toString());
        }
        if (remaining != null) {
            o.put("remaining", remaining.toString());
        }
        o.put("void", m.voided());
        o.put("posted", m.lock().posted());
        o.put("locked", m.lock().locked());
        return o;
    }

    private String documentNumber(long id) {
        return Long.toString(studio.records().documents().find(id).orElseThrow().number());
    }

    private String movementNumber(long id) {
        return Long.toString(studio.records().movements().find(id).orElseThrow().number());
    }
}
