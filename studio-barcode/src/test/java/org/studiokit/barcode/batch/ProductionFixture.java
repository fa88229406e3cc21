package org.studiokit.barcode.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.IdSource;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentContent;
import org.studiokit.core.document.DocumentState;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.service.Production;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;

/** An in-memory studio with one invoice to hang production orders on. */
final class ProductionFixture {
    static final Actor OWNER = Actor.of("owner", Role.OWNER);
    private static final Currency USD = Currency.getInstance("USD");

    final InMemoryStore store = new InMemoryStore(StudioSettings.defaults("USD"));
    final StudioContext ctx = StudioContext.of(store,
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC), IdSource.sequential());
    final Production production = new Production(ctx);
    final long documentId;

    ProductionFixture() {
        documentId = ctx.ids().nextId();
        Money zero = Money.zero(USD);
        store.documents().save(new Document(documentId, 1, DocumentType.GENERIC, 1, null, null, null, false, false,
                "owner", new DocumentContent(LocalDate.of(2026, 3, 2), List.of(), null, zero, List.of(),
                        Totals.zero(zero)), DocumentState.ISSUED));
    }

    /** @return a new purchase order at "Ordered" with the given number (0 takes the next) */
    ProductionOrder order(long number) {
        return production.create(OWNER, documentId, "Lab", OrderKind.PURCHASE_ORDER, "Print", number, null, null,
                null);
    }

    /** @return a new order moved to a status */
    ProductionOrder orderAt(long number, String status) {
        ProductionOrder order = order(number);
        if (!status.equals(order.status())) {
            production.setStatus(OWNER, order.id(), status, true, ChangeSource.MANUAL);
        }
        return production.byNumber(number);
    }

    /** @return the status of the order with a number */
    String status(long number) {
        return production.byNumber(number).status();
    }
}
