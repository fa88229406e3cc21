package org.studiokit.examples.demo;

import static org.studiokit.examples.demo.DemoStudio.march;
import static org.studiokit.examples.demo.DemoStudio.usd;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.QuickSale;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Session;

/** March 2–6: clients, sessions, session fees, a wedding deposit, an estimate, a quick sale. */
final class EarlyMarch {
    private final DemoStudio s;
    private final DemoRecords r;

    EarlyMarch(DemoStudio s, DemoRecords r) {
        this.s = s;
        this.r = r;
    }

    void tell() {
        s.say.heading("Early March: sessions, fees and a wedding deposit");
        clients();
        carriedOver();
        janesSession();
        weddingDeposit();
        tomsSenior();
        walkIn();
        garciaFamily();
    }

    private void clients() {
        r.jane = s.studio.clients().create(s.clerk, "Jane Doe").id();
        r.garcia = s.studio.clients().create(s.clerk, "The Garcia Family").id();
        r.tom = s.studio.clients().create(s.clerk, "Tom Lee").id();
        r.emma = s.studio.clients().create(s.clerk, "Emma Clark & Noah Reed").id();
        r.priya = s.studio.clients().create(s.clerk, "Priya Shah").id();
        r.brown = s.studio.clients().create(s.clerk, "Mark Brown").id();
        s.say.say(march(2), "Kim enters six clients: Jane Doe, the Garcia family, Tom Lee, Emma & Noah, Priya Shah"
                + " and Mark Brown (numbers " + s.studio.clients().get(r.jane).number() + "-"
                + s.studio.clients().get(r.brown).number() + ").");
    }

    private void carriedOver() {
        LocalDate feb = LocalDate.of(2026, 2, 10);
        Document canvas = s.studio.invoices().create(s.owner, DocumentDraft.forClient(DocumentType.GENERIC, r.brown,
                feb).line(Line.of("Canvas 16x20", 1, usd("180.00"))));
        r.brownInvoice = canvas.id();
        s.studio.money().pay(s.owner, Pay.of(canvas.id(), usd("100.00")).method("Cash").on(feb));
        s.say.say(march(2), "Olivia enters Mark Brown's February canvas, invoice " + canvas.number() + " for "
                + canvas.total() + ", of which he paid 100.00 cash: " + s.balance(canvas.id()) + " is still due.");
    }

    private void janesSession() {
        Session session = s.studio.sessions().book(s.clerk, r.jane, "Family", march(2), "Olivia");
        r.janeSession = session.id();
        Document fee = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.SESSION_FEE,
                session.id(), march(2)).line(Line.of("Session fee", 1, usd("150.00"))));
        r.janeFee = fee.id();
        Receipt paid = s.studio.money().pay(s.clerk, Pay.of(fee.id(), usd("50.00")).method("Check").on(march(2))
                .reference("check 1042"));
        r.janeFeePayment = paid.movement().id();
        s.say.say(march(2), "Jane Doe's family session " + session.number() + ": session fee invoice "
                + fee.number() + " = 150.00 + tax " + fee.totals().tax() + " = " + fee.total() + "; she pays "
                + paid.movement().amount() + " by check, " + paid.balance() + " due.");
    }

    private void weddingDeposit() {
        Receipt deposit = s.studio.money().deposit(s.clerk, Deposit.of(r.emma, usd("1000.00")).method("Credit Card")
                .on(march(3)).reference("Visa 4242"));
        r.weddingDeposit = deposit.movement().id();
        s.say.say(march(3), "Emma & Noah book their June wedding with a " + deposit.movement().amount()
                + " card deposit (deposit " + deposit.movement().number() + "); no invoice exists yet.");
    }

    private void tomsSenior() {
        Session session = s.studio.sessions().book(s.clerk, r.tom, "Senior", march(4), "Marcus");
        r.tomSession = session.id();
        Document fee = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.SESSION_FEE,
                session.id(), march(4)).line(Line.of("Session fee", 1, usd("95.00"))));
        Receipt paid = s.studio.money().pay(s.clerk, Pay.of(fee.id(), fee.total()).method("Credit Card").on(march(4))
                .reference("MC 5100"));
        Document estimate = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.ESTIMATE,
                session.id(), march(4)).line(Line.of("Canvas 16x20", 1, usd("350.00")))
                .line(Line.of("8x10 print", 4, usd("25.00"))));
        r.tomEstimate = estimate.id();
        s.say.say(march(4), "Tom Lee's senior session " + session.number() + ": fee invoice " + fee.number()
                + " for " + fee.total() + " (tax rounded per rate: " + Words.pairs(fee.totals().taxes())
                + "), paid by card"
                + " (payment " + paid.movement().number() + "); estimate " + estimate.number() + " for a senior"
                + " package, " + estimate.total() + ".");
    }

    private void walkIn() {
        Receipt sale = s.studio.money().quickSale(s.clerk, QuickSale.of(List.of(Line.of("8x10 print", 2,
                usd("25.00")))).method("Cash").on(march(5)));
        s.say.say(march(5), "A walk-in buys two 8x10 prints: quick sale invoice " + sale.document().number()
                + " for " + sale.document().total() + ", paid in cash (payment " + sale.movement().number() + ").");
    }

    private void garciaFamily() {
        Session session = s.studio.sessions().book(s.clerk, r.garcia, "Family", march(6), "Olivia");
        Document fee = s.studio.invoices().create(s.clerk, DocumentDraft.forSession(DocumentType.SESSION_FEE,
                session.id(), march(6)).line(Line.of("Session fee", 1, usd("150.00"))));
        s.studio.money().pay(s.clerk, Pay.of(fee.id(), fee.total()).method("Cash").on(march(6)));
        s.say.say(march(6), "The Garcia family's session " + session.number() + ": fee invoice " + fee.number()
                + " for " + fee.total() + ", paid in full in cash.");
    }
}
