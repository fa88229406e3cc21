package org.studiokit.core.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.NOW;
import static org.studiokit.core.StudioFixture.OWNER;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Production;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("PRD-1..4 production orders and their status workflow")
class ProductionOrderTest {
    private final StudioFixture f = new StudioFixture(StudioSettings.defaults("USD").toBuilder()
            .orderType(new OrderType("Canvas", List.of("Ordered", "Stretched", "Done"), List.of("On Hold"), 5, true))
            .orderType(new OrderType("Retired", List.of("A", "B"), List.of(), 1, false)).build());
    private final Production production = f.studio.production();
    private final Document invoice = f.invoice(f.client("Jane Doe"), "100.00");

    private ProductionOrder order() {
        return production.create(CLERK, invoice.id(), "Lab", OrderKind.PURCHASE_ORDER, "Print", 0, DAY.plusDays(10),
                "in-house", "for the lab");
    }

    @Test
    @DisplayName("PRD-1 a new order takes the next number and its type's initial status; assigned numbers must be free")
    void prd1_create() {
        ProductionOrder first = order();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo("Ordered");
        assertThat(first.documentId()).isEqualTo(invoice.id());
        assertThat(first.kind()).isEqualTo(OrderKind.PURCHASE_ORDER);
        assertThat(first.history()).containsExactly(new StatusChange(null, "Ordered", NOW, "clerk",
                ChangeSource.MANUAL));
        ProductionOrder assigned = production.create(OWNER, invoice.id(), "In-house", OrderKind.WORK_ORDER, "Canvas",
                500, null, null, null);
        assertThat(assigned.number()).isEqualTo(500);
        assertThat(order().number()).isEqualTo(2);
        f.refused(ErrorCode.VALIDATION, () -> production.create(OWNER, invoice.id(), "Lab", OrderKind.WORK_ORDER,
                "Print", 500, null, null, null));
        f.refused(ErrorCode.VALIDATION, () -> production.create(OWNER, invoice.id(), "Lab", OrderKind.WORK_ORDER,
                "Retired", 0, null, null, null));
        f.refused(ErrorCode.VALIDATION, () -> production.create(OWNER, invoice.id(), "Lab", OrderKind.WORK_ORDER,
                "Nope", 0, null, null, null));
        f.refused(ErrorCode.VALIDATION, () -> production.create(OWNER, invoice.id(), " ", OrderKind.WORK_ORDER,
                "Print", 0, null, null, null));
        f.refused(ErrorCode.NOT_FOUND, () -> production.create(OWNER, 999_999, "Lab", OrderKind.WORK_ORDER,
                "Print", 0, null, null, null));
        Actor nobody = new Actor("viewer", Set.of(Permission.SELL));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> production.create(nobody, invoice.id(), "Lab",
                OrderKind.WORK_ORDER, "Print", 0, null, null, null));
    }

    @Test
    @DisplayName("PRD-3 advance walks the statuses in order; at the final status it is refused with ALREADY_FINAL")
    void prd3_advance_to_final() {
        ProductionOrder o = order();
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Production.Moved moved = production.advance(CLERK, o.id(), ChangeSource.MANUAL);
            seen.add(moved.from() + ">" + moved.to());
        }
        assertThat(seen).containsExactly("Ordered>In Production", "In Production>Shipped", "Shipped>Received",
                "Received>Delivered");
        f.refused(ErrorCode.ALREADY_FINAL, () -> production.advance(OWNER, o.id(), ChangeSource.SCAN));
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION, () -> production.setStatus(OWNER, o.id(), "On Hold", false,
                ChangeSource.MANUAL));
    }

    @Test
    @DisplayName("PRD-3 a held order advances back to the status it was held at, also after moving between holds")
    void prd3_hold_then_advance_returns() {
        ProductionOrder o = order();
        production.setStatus(OWNER, o.id(), "Shipped", false, ChangeSource.MANUAL);
        Production.Moved held = production.setStatus(OWNER, o.id(), "On Hold", false, ChangeSource.MANUAL);
        assertThat(held.order().heldAt()).isEqualTo("Shipped");
        Production.Moved waiting = production.setStatus(OWNER, o.id(), "Waiting on Client", false,
                ChangeSource.MANUAL);
        assertThat(waiting.order().heldAt()).isEqualTo("Shipped");
        Production.Moved back = production.advance(OWNER, o.id(), ChangeSource.SCAN);
        assertThat(back.from()).isEqualTo("Waiting on Client");
        assertThat(back.to()).isEqualTo("Shipped");
        assertThat(back.order().heldAt()).isNull();
        assertThat(production.advance(OWNER, o.id(), ChangeSource.SCAN).to()).isEqualTo("Received");
    }

    @Test
    @DisplayName("PRD-3 moving backwards needs allowBackward (INVALID_STATUS_TRANSITION otherwise); the same status is NO_CHANGE")
    void prd3_backwards_and_same_status() {
        ProductionOrder o = order();
        production.setStatus(OWNER, o.id(), "Received", false, ChangeSource.MANUAL);
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION, () -> production.setStatus(OWNER, o.id(), "Ordered", false,
                ChangeSource.MANUAL));
        f.refused(ErrorCode.NO_CHANGE, () -> production.setStatus(OWNER, o.id(), "Received", true,
                ChangeSource.MANUAL));
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION, () -> production.setStatus(OWNER, o.id(), "Stretched", true,
                ChangeSource.MANUAL));
        f.refused(ErrorCode.VALIDATION, () -> production.setStatus(OWNER, o.id(), " ", true, ChangeSource.MANUAL));
        production.setStatus(OWNER, o.id(), "On Hold", false, ChangeSource.MANUAL);
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION, () -> production.setStatus(OWNER, o.id(), "Shipped", false,
                ChangeSource.MANUAL));
        Production.Moved moved = production.setStatus(OWNER, o.id(), "Ordered", true, ChangeSource.BATCH);
        assertThat(moved.to()).isEqualTo("Ordered");
        assertThat(moved.order().heldAt()).isNull();
    }

    @Test
    @DisplayName("PRD-4 every change keeps history: from, to, when, who and how")
    void prd4_history() {
        ProductionOrder o = order();
        production.advance(CLERK, o.id(), ChangeSource.SCAN);
        production.setStatus(OWNER, o.id(), "On Hold", false, ChangeSource.MANUAL);
        production.advance(OWNER, o.id(), ChangeSource.BATCH);
        f.refused(ErrorCode.NO_CHANGE, () -> production.setStatus(OWNER, o.id(), "In Production", false,
                ChangeSource.MANUAL));
        assertThat(production.get(o.id()).history()).containsExactly(
                new StatusChange(null, "Ordered", NOW, "clerk", ChangeSource.MANUAL),
                new StatusChange("Ordered", "In Production", NOW, "clerk", ChangeSource.SCAN),
                new StatusChange("In Production", "On Hold", NOW, "owner", ChangeSource.MANUAL),
                new StatusChange("On Hold", "In Production", NOW, "owner", ChangeSource.BATCH));
    }

    @Test
    @DisplayName("PRD-2 a custom order type has its own statuses and holds, with exactly one initial and one final status")
    void prd2_custom_type() {
        ProductionOrder o = production.create(OWNER, invoice.id(), "Framer", OrderKind.WORK_ORDER, "Canvas", 0, null,
                null, null);
        assertThat(o.status()).isEqualTo("Ordered");
        assertThat(production.advance(OWNER, o.id(), ChangeSource.MANUAL).to()).isEqualTo("Stretched");
        assertThat(production.advance(OWNER, o.id(), ChangeSource.MANUAL).to()).isEqualTo("Done");
        f.refused(ErrorCode.ALREADY_FINAL, () -> production.advance(OWNER, o.id(), ChangeSource.MANUAL));
        f.refused(ErrorCode.INVALID_STATUS_TRANSITION, () -> production.setStatus(OWNER, o.id(), "Waiting on Client",
                false, ChangeSource.MANUAL));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OrderType("Bad", List.of(), List.of(), 1, true))
                .isInstanceOf(org.studiokit.core.StudioException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OrderType("Bad", List.of("A", "A"), List.of(), 1,
                true)).isInstanceOf(org.studiokit.core.StudioException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OrderType("Bad", List.of("A", "B"), List.of("B"),
                1, true)).isInstanceOf(org.studiokit.core.StudioException.class);
    }
}
