package org.studiokit.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.SessionType;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.examples.runner.WorkspaceFactory;
import org.studiokit.posting.Books;

/**
 * Lakeside Portrait Studio: the demo's studio (US dollars, a state and a city sales tax added on top, taxable
 * shipping, accrual posting), its three users and the small conveniences the chapters share.
 */
final class DemoStudio {
    static final Currency USD = Currency.getInstance("USD");

    final Studio studio;
    final Books books;
    final Actor owner = Actor.of("Olivia (owner)", Role.OWNER);
    final Actor manager = Actor.of("Marcus (manager)", Role.MANAGER);
    final Actor clerk = Actor.of("Kim (front desk)", Role.CLERK);
    final Narrator say;

    DemoStudio(WorkspaceFactory workspaces, Narrator say) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-31T18:00:00Z"), ZoneOffset.UTC);
        Workspace ws = workspaces.open(settings(), null, clock);
        this.studio = ws.studio();
        this.books = ws.books();
        this.say = say;
        LocalDate locked = studio.records().lockDate();
        StudioException.refuseIf(locked != null && !locked.isBefore(march(1)), ErrorCode.PERIOD_CLOSED,
                "these books are closed through " + locked + ", so the demo cannot tell March 2026 on them again;"
                        + " run it without --keep to start fresh", locked);
    }

    static StudioSettings settings() {
        return new StudioSettings.Builder(USD)
                .taxRate(TaxRate.of("ST", "State", "4", null))
                .taxRate(TaxRate.of("CITY", "City", "4.5", null))
                .defaultTaxes(List.of("ST", "CITY"))
                .shippingTaxable(true)
                .sessionType(new SessionType("Family", "Portrait Sales"))
                .sessionType(new SessionType("Senior", "Portrait Sales"))
                .sessionType(new SessionType("Newborn", "Portrait Sales"))
                .item(new Item("Session fee", "Session Fees", null))
                .item(new Item("8x10 print", "Print Sales", null))
                .item(new Item("Canvas 16x20", "Print Sales", null))
                .item(new Item("Wedding coverage", "Wedding Sales", null))
                .item(new Item("Wedding album", "Album Sales", null))
                .item(new Item("Digital files", "Digital Sales", List.of()))
                .build();
    }

    static Money usd(String amount) {
        return Money.parse(amount, USD);
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /** Runs work as one transaction of the studio's store (a database commits once for all of it). */
    void inTransaction(Runnable work) {
        studio.transaction(() -> {
            work.run();
            return null;
        });
    }

    /** @return a document's number */
    long doc(long id) {
        return studio.invoices().get(id).number();
    }

    /** @return a document's balance due */
    Money balance(long id) {
        return studio.invoices().balance(id);
    }
}
