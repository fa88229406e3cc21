package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.money.Money;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code invoice}, {@code creditMemo}, {@code paymentPlan} and {@code delivered} (DOC-1..9, DOC-14, PLN-1). */
final class DocumentOps {
    private DocumentOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("invoice", DocumentOps::invoice);
        ops.put("creditMemo", DocumentOps::creditMemo);
        ops.put("paymentPlan", DocumentOps::paymentPlan);
        ops.put("delivered", DocumentOps::delivered);
    }

    private static StepResult invoice(StepContext c) {
        StepInput in = c.in();
        DocumentType type = in.constant("type", DocumentType.class);
        LocalDate date = in.date("date");
        List<Line> lines = in.lines("lines");
        Discount discount = in.optDiscount("discount");
        Money shipping = in.optAmount("shipping");
        List<String> taxes = in.optStrings("taxes");
        Long session = c.optRef("session", RecordKind.SESSION);
        Long client = c.optRef("client", RecordKind.CLIENT);
        Long original = c.optRef("original", RecordKind.DOCUMENT);
        Document d = c.studio().invoices().create(c.actor(), new DocumentDraft(type, client, session, date, lines,
                discount, shipping, taxes, original, null));
        return document(c, d);
    }

    private static StepResult creditMemo(StepContext c) {
        StepInput in = c.in();
        LocalDate date = in.date("date");
        boolean entire = in.optBool("entire");
        List<Line> lines = in.optLines("lines");
        String reason = in.optString("reason");
        long original = c.ref("original", RecordKind.DOCUMENT);
        Document memo = c.studio().invoices().creditMemo(c.actor(), original, date, entire, lines, reason);
        return document(c, memo);
    }

    private static StepResult paymentPlan(StepContext c) {
        StepInput in = c.in();
        int count = (int) in.whole("count", -1_000_000, 1_000_000);
        PaymentPlan.Frequency frequency = in.constant("frequency", PaymentPlan.Frequency.class);
        LocalDate first = in.date("first");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        Document planned = c.studio().invoices().plan(c.actor(), invoice, count, frequency, first);
        ObjectNode o = ScriptJson.object();
        o.put("invoice", Long.toString(planned.number()));
        o.put("frequency", frequency.name());
        ArrayNode installments = o.putArray("installments");
        for (PaymentPlan.Installment i : planned.plan().installments()) {
            ObjectNode row = installments.addObject();
            row.put("due", i.due().toString());
            row.put("amount", i.amount().toString());
        }
        return StepResult.of(o);
    }

    private static StepResult delivered(StepContext c) {
        LocalDate date = c.in().date("date");
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        Document d = c.studio().invoices().markDelivered(c.actor(), invoice, date);
        return document(c, d);
    }

    private static StepResult document(StepContext c, Document d) {
        return new StepResult(c.views().documents().current(d.id()), d.id());
    }
}
