package org.studiokit.core.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.OWNER;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.StudioSettings;

/** Against the spec, figures by hand: production orders (PRD-1..4). Print: Ordered, In Production, Shipped, Received, Delivered. */
class ProductionSpecTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client ann = f.client("Ann");
    private final Document inv = f.invoice(ann, "10.00");

    private ProductionOrder order() {
        return f.studio.production().create(CLERK, inv.id(), "Lab", OrderKind.PURCHASE_ORDER, "Print", 0,
                StudioFixture.day(10), "in", "out");
    }

    @Test
    @DisplayName("PRD-3 advance walks the statuses; at the final ALREADY_FINAL; PRD-4 history from/to/who/how")
    void prd3_advance() {
        ProductionOrder o = order();
        assertThat(o.status()).isEqualTo("Ordered");
        for (String next : List.of("In Production", "Shipped", "Received", "Delivered")) {
            assertThat(f.studio.production().advance(CLERK, o.id(), ChangeSource.SCAN).to()).isEqualTo(next);
        }
        f.refused(ErrorCode.ALREADY_FINAL, () -> f.studio.production().advance(CLERK, o.id(), ChangeSource.MANUAL));
        ProductionOrder now = f.studio.production().get(o.id());
        StatusChange last = now.history().get(now.history().size() - 1);
        assertThat(last.from()).isEqualTo("Received");
        assertThat(last.to()).isEqualTo("Delivered");
        assertThat(last.by()).isEqualTo("clerk");
        assertThat(last.source()).isEqualTo(ChangeSource.SCAN);
        assertThat(last.at()).isEqualTo(StudioFixture.NOW);
    }

    @Test
    @DisplayName("PRD-3 hold then advance returns to the status held at; hold to hold keeps it; backwards needs allowBackward")
    void prd3_holds() {
        ProductionOrder o = order();
        f.studio.production().setStatus(CLERK, o.id(), "Shipped", false, ChangeSource.MANUAL);
        f.studio.production().setStatus(CLERK, o.id(), "On Hold", false, ChangeSource.MANUAL);
        f.studio.production().setStatus(CLERK, o.id(), "Waiting on Client", false, ChangeSource.MANUAL);
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION,
                () -> f.studio.production().setStatus(CLERK, o.id(), "In Production", false, ChangeSource.MANUAL));
        assertThat(f.studio.production().advance(CLERK, o.id(), ChangeSource.MANUAL).to()).isEqualTo("Shipped");
        f.refused(ErrorCode.NO_CHANGE,
                () -> f.studio.production().setStatus(CLERK, o.id(), "Shipped", false, ChangeSource.MANUAL));
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION,
                () -> f.studio.production().setStatus(CLERK, o.id(), "Ordered", false, ChangeSource.MANUAL));
        assertThat(f.studio.production().setStatus(CLERK, o.id(), "Ordered", true, ChangeSource.MANUAL).to())
                .isEqualTo("Ordered");
        f.studio.production().setStatus(CLERK, o.id(), "Delivered", false, ChangeSource.MANUAL);
        f.refusedWithAnyCode(
                () -> f.studio.production().setStatus(CLERK, o.id(), "On Hold", false, ChangeSource.MANUAL));
    }

    @Test
    @DisplayName("PTY-3 production needs MANAGE_PRODUCTION")
    void pty3_production_permission() {
        ProductionOrder o = order();
        org.studiokit.core.security.Actor seller = new org.studiokit.core.security.Actor("s",
                java.util.EnumSet.of(org.studiokit.core.security.Permission.SELL));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.production().advance(seller, o.id(), ChangeSource.MANUAL));
    }

    @Test
    @DisplayName("PRD-1 a used order type can only be made inactive: settings that drop it are refused")
    void prd1_used_type_not_removed() {
        OrderType album = new OrderType("Album", List.of("Designed", "Printed", "Bound"), List.of("On Hold"), 5, true);
        f.studio.updateSettings(OWNER, f.studio.settings().toBuilder().orderType(album).build());
        ProductionOrder o = f.studio.production().create(OWNER, inv.id(), "Bindery", OrderKind.PURCHASE_ORDER,
                "Album", 0, null, null, null);
        StudioSettings dropped = f.studio.settings().toBuilder()
                .orderTypes(List.of(OrderType.standard("Print"), OrderType.standard("Generic"))).build();
        f.refusedWithAnyCode(() -> f.studio.updateSettings(OWNER, dropped));
        f.studio.updateSettings(OWNER, f.studio.settings().toBuilder().orderType(album.deactivated()).build());
        assertThat(f.studio.production().advance(OWNER, o.id(), ChangeSource.MANUAL).to()).isEqualTo("Printed");
    }
}
