package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChecks;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * PLN-1: payment plans. The first due date is on or after the invoice's date, N is at most the balance in minor
 * units, and a new plan replaces the invoice's previous one.
 */
final class PaymentPlans {
    private final StudioContext ctx;
    private final DocumentWriter writer;
    private final Balances balances;

    PaymentPlans(StudioContext ctx, DocumentWriter writer, Balances balances) {
        this.ctx = ctx;
        this.writer = writer;
        this.balances = balances;
    }

    Document plan(Actor actor, long id, int count, PaymentPlan.Frequency frequency, LocalDate first) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (frequency == null || first == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a plan needs a frequency and a first date",
                        "frequency", frequency, "first", first);
            }
            Inputs.optionalDate(first, "first");
            PaymentPlan.checkCount(count);
            Document doc = DocumentChecks.live(writer.find(id));
            if (!doc.type().financial() || doc.isCreditMemo()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no payment plan on "
                        + DocumentChecks.describe(doc) + ": only on an invoice", "document", doc.number());
            }
            DocumentChecks.notBefore(first, doc.date(), "document " + doc.number());
            Document planned = doc.withPlan(PaymentPlan.of(balances.balance(doc), count, frequency, first));
            ctx.store().documents().save(planned);
            return planned;
        });
    }

    List<PaymentPlan.Installment> due(long id, LocalDate asOf) {
        Document doc = writer.find(id);
        if (doc.plan() == null) {
            return List.of();
        }
        Money zero = Money.zero(doc.total().currency());
        Money planned = doc.plan().installments().stream().map(PaymentPlan.Installment::amount)
                .reduce(zero, Money::plus);
        Money received = planned.minus(balances.balanceAsOf(doc, asOf).max(zero));
        return doc.plan().due(received, asOf);
    }
}
