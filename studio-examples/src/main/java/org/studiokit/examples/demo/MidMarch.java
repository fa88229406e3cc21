package org.studiokit.examples.demo;

import static org.studiokit.examples.demo.DemoStudio.march;
import static org.studiokit.examples.demo.DemoStudio.usd;

import java.util.List;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;

/**
 * March 9–16: orders, production, the wedding invoice, a deposit refunded, an estimate converted, a payment moved
 * by un-apply, a damaged canvas credited, refunded and transferred, and a payment plan.
 */
final class MidMarch {
    private final DemoStudio s;
    private final DemoRecords r;

    MidMarch(DemoStudio s, DemoRecords r) {
        this.s = s;
        this.r = r;
    }

    void tell() {
        s.say.heading("Mid March: orders, production, credits and plans");
        janesOrder();
        wedding();
        priyaCancels();
        tomsPackage();
        damagedCanvas();
    }

    private void janesOrder() {
        Document order = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.INITIAL_ORDER,
                r.janeSession, march(9))
                .line(Line.of("Canvas 16x20", 1, usd("350.00")))
                .line(Line.of("8x10 print", 6, usd("25.00")))
                .line(Line.of("Digital files", 1, usd("100.00")))
                .withDiscount(Discount.parse("10%", DemoStudio.USD)).withShipping(usd("12.00")));
        r.janeOrder = order.id();
        Receipt paid = s.studio.money().pay(s.clerk, Pay.of(order.id(), usd("200.00")).method("Credit Card")
                .on(march(9)).reference("Visa 1881"));
        ProductionOrder lab = s.studio.production().create(s.clerk, order.id(), "Bay Photo Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, march(20), null, "rush the canvas");
        ProductionOrder desk = s.studio.production().create(s.clerk, order.id(), "In-house retouching",
                OrderKind.WORK_ORDER, "Generic", 0, march(13), "skin retouch", null);
        r.janeLabOrder = lab.id();
        r.janeWorkOrder = desk.id();
        s.say.say(march(9), "Jane's initial order " + order.number() + ": canvas, six prints and digital files,"
                + " 10% off, 12.00 shipping: subtotal " + order.totals().subtotal() + " - discount "
                + order.totals().discount() + " + shipping 12.00 + tax " + order.totals().tax() + " = "
                + order.total() + "; she pays " + paid.movement().amount() + " by card.");
        s.say.say(march(9), "Production: purchase order P" + lab.number() + " to Bay Photo Lab and work order P"
                + desk.number() + " for in-house retouching, both at \"" + lab.status() + "\".");
    }

    private void wedding() {
        Document invoice = s.studio.invoices().create(s.manager, DocumentDraft.forClient(DocumentType.GENERIC,
                r.emma, march(10))
                .line(Line.of("Wedding coverage", 1, usd("2500.00")))
                .line(Line.of("Wedding album", 1, usd("600.00"))));
        r.weddingInvoice = invoice.id();
        Receipt applied = s.studio.money().applyDeposit(s.manager, ApplyDeposit.of(r.weddingDeposit, invoice.id(),
                usd("1000.00")).on(march(10)));
        s.say.say(march(10), "Emma & Noah's wedding package, generic invoice " + invoice.number() + " for "
                + invoice.total() + "; their 1000.00 deposit is applied (application " + applied.movement().number()
                + "): " + applied.balance() + " due, " + applied.remaining() + " of the deposit left.");
    }

    private void priyaCancels() {
        Receipt deposit = s.studio.money().deposit(s.clerk, Deposit.of(r.priya, usd("250.00")).method("Check")
                .on(march(11)).reference("check 311"));
        Receipt refund = s.studio.money().refundDeposit(s.manager, RefundDeposit.of(deposit.movement().id(),
                usd("150.00")).method("Check").on(march(12)).reference("check 5002"));
        s.say.say(march(11), "Priya Shah leaves a 250.00 deposit for a newborn session (deposit "
                + deposit.movement().number() + ").");
        s.say.say(march(12), "The baby came early and the session shrinks: 150.00 of the deposit is refunded by"
                + " check (refund " + refund.movement().number() + ", through $0 invoice " + refund.document().number()
                + "); " + refund.remaining() + " stays on account.");
    }

    private void tomsPackage() {
        Document order = s.studio.invoices().convert(s.clerk, r.tomEstimate, DocumentType.INITIAL_ORDER, null,
                march(12));
        r.tomOrder = order.id();
        Receipt paid = s.studio.money().pay(s.clerk, Pay.of(order.id(), usd("200.00")).method("Credit Card")
                .on(march(12)).reference("MC 5100"));
        r.tomCardPayment = paid.movement().id();
        ProductionOrder lab = s.studio.production().create(s.clerk, order.id(), "Bay Photo Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, march(19), null, null);
        r.tomLabOrder = lab.id();
        s.say.say(march(12), "Tom accepts his estimate: it becomes initial order " + order.number() + " for "
                + order.total() + "; he pays 200.00 by card (payment " + paid.movement().number() + ");"
                + " purchase order P" + lab.number() + " goes to the lab.");
        Document reorder = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.REORDER,
                r.tomSession, march(13)).line(Line.of("8x10 print", 4, usd("25.00"))));
        r.tomReorder = reorder.id();
        Receipt off = s.studio.money().unapply(s.manager, Unapply.of(r.tomCardPayment).on(march(13)));
        Money forReorder = reorder.total();
        s.studio.money().applyDeposit(s.manager, ApplyDeposit.of(off.movement().id(), reorder.id(), forReorder)
                .on(march(13)));
        Receipt back = s.studio.money().applyDeposit(s.manager, ApplyDeposit.of(off.movement().id(), order.id(),
                usd("200.00").minus(forReorder)).on(march(13)));
        s.say.say(march(13), "Tom orders four more prints (reorder " + reorder.number() + ", " + reorder.total()
                + ") and wants his card payment to cover them first: it is un-applied (" + off.movement().number()
                + "), " + forReorder + " applied to the reorder and " + usd("200.00").minus(forReorder)
                + " back to the initial order, " + back.balance() + " due there.");
    }

    private void damagedCanvas() {
        Document memo = s.studio.invoices().creditMemo(s.manager, r.janeOrder, march(16), false,
                List.of(new Line("Canvas 16x20", "damaged in transit", null, null, -1, usd("350.00"),
                        Discount.parse("10%", DemoStudio.USD), null)), "canvas damaged in transit");
        Receipt refund = s.studio.money().refund(s.manager, Refund.of(memo.id(), usd("100.00")).method("Credit Card")
                .on(march(16)).reference("Visa 1881"));
        Money rest = s.balance(memo.id()).negate();
        Receipt moved = s.studio.money().transfer(s.manager, Transfer.of(memo.id(), r.janeOrder, rest).on(march(16)));
        s.say.say(march(16), "Jane's canvas arrives damaged: credit memo " + memo.number() + " for "
                + memo.total() + "; 100.00 goes back to her card (refund " + refund.movement().number()
                + ") and " + rest + " is transferred to her initial order, now " + moved.targetBalance() + " due.");
        Document planned = s.studio.invoices().plan(s.manager, r.janeOrder, 3, PaymentPlan.Frequency.MONTHLY,
                march(16).plusMonths(1));
        List<String> due = planned.plan().installments().stream().map(i -> i.due() + " " + i.amount()).toList();
        s.say.say(march(16), "She will pay the rest in three monthly installments: " + String.join(", ", due) + ".");
        scanBatch();
    }

    private void scanBatch() {
        ProductionOrder tom = s.studio.production().get(r.tomLabOrder);
        s.studio.production().setStatus(s.manager, tom.id(), "Delivered", false, ChangeSource.MANUAL);
        s.studio.production().advance(s.clerk, r.janeWorkOrder, ChangeSource.MANUAL);
        s.studio.invoices().markDelivered(s.clerk, r.tomOrder, march(17));
        s.say.say(march(17), "Tom's prints came back early and were handed over (P" + tom.number()
                + " set to Delivered, his order marked delivered); the retouching work order moves on by hand.");
    }
}
