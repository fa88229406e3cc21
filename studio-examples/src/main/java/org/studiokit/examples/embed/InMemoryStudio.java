package org.studiokit.examples.embed;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.report.ArAging;

/**
 * Embedding StudioKit with the in-memory store (nothing to set up, nothing kept after the process): an order for
 * prints, its production order moved along, a partial payment, and what the public queries say afterwards.
 */
public final class InMemoryStudio {
    private InMemoryStudio() {
    }

    /** Runs the example and prints what it did. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, printing to {@code out}. */
    static void run(PrintStream out) {
        Currency usd = Currency.getInstance("USD");
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
        Books books = Books.inMemory(StudioSettings.defaults(usd), clock, IdSource.sequential());
        Studio studio = books.studio();
        Actor owner = Actor.of("owner", Role.OWNER);
        LocalDate day = LocalDate.of(2026, 3, 10);

        Client ann = studio.clients().create(owner, "Ann Lee");
        Document order = studio.invoices().create(owner, DocumentDraft.forClient(DocumentType.GENERIC, ann.id(), day)
                .line(Line.of("8x10 print", 2, Money.parse("40.00", usd))));
        ProductionOrder lab = studio.production().create(owner, order.id(), "Bay Photo", OrderKind.WORK_ORDER, "Print",
                0, day.plusDays(7), null, null);
        studio.production().advance(owner, lab.id(), ChangeSource.MANUAL);
        studio.money().pay(owner, Pay.of(order.id(), Money.parse("30.00", usd)).method("Cash").on(day));

        Document stored = studio.invoices().byNumber(order.number());
        out.println("invoice " + stored.number() + " for " + studio.clients().get(stored.clientId()).name() + ": total "
                + stored.total() + ", balance " + studio.balances().balance(stored));
        ProductionOrder now = studio.production().byNumber(lab.number());
        out.println("production order P" + now.number() + " at " + now.vendor() + ": " + now.status());
        ArAging aging = books.reports().arAging(day);
        out.println("owed to the studio on " + day + ": " + aging.total());
    }
}
