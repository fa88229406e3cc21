package org.studiokit.examples.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;

/** SCN-4 on studio-core's production orders: each scan is its own change, recorded as a scan (PRD-4). */
class ProductionScanBatchTest {
    private final Studio studio = Studio.inMemory(StudioSettings.defaults(Currency.getInstance("USD")),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), IdSource.sequential());
    private final Actor clerk = Actor.of("kim", Role.CLERK);

    private ProductionOrder order() {
        long client = studio.clients().create(clerk, "Ann").id();
        long invoice = studio.invoices().create(clerk, DocumentDraft.forClient(DocumentType.GENERIC, client,
                LocalDate.of(2026, 3, 1)).line(Line.of("Print", 1, Money.parse("10.00", studio.settings()
                .currency())))).id();
        return studio.production().create(clerk, invoice, "Lab", OrderKind.PURCHASE_ORDER, null, 0, null, null, null);
    }

    @Test
    void scn4_each_move_is_recorded_as_a_scan_and_the_batch_goes_on_after_an_error() {
        ProductionOrder order = order();
        ScanSummary summary = new ProductionScanBatch(studio.production()).run(clerk, ScanMode.ADVANCE,
                List.of("bad", "P" + order.number(), "P" + order.number()));
        assertThat(summary.results()).extracting(ScanOutcome::error)
                .containsExactly(ErrorCode.INVALID_BARCODE, null, ErrorCode.DUPLICATE_SCAN);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.errors()).isEqualTo(2);
        ProductionOrder now = studio.production().get(order.id());
        assertThat(now.status()).isEqualTo("In Production");
        assertThat(now.history().get(now.history().size() - 1).source()).isEqualTo(ChangeSource.SCAN);
    }

    @Test
    void scn4_a_user_without_manage_production_is_refused_before_any_scan() {
        ProductionOrder order = order();
        Actor nobody = new Actor("guest", java.util.EnumSet.of(Permission.SELL));
        assertThatThrownBy(() -> new ProductionScanBatch(studio.production()).run(nobody, ScanMode.ADVANCE,
                List.of("P" + order.number()))).isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED));
        assertThat(studio.production().get(order.id()).status()).isEqualTo("Ordered");
    }
}
