package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.MANAGER;
import static org.studiokit.core.StudioFixture.OWNER;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("PTY-3 roles and permissions")
class PermissionTest {
    private final StudioFixture f = new StudioFixture(StudioSettings.defaults("USD").toBuilder()
            .allowOverpayment(true).build());
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("PTY-3 the default roles: OWNER all, MANAGER all but CLOSE_PERIOD and ADMIN, CLERK sells, takes payments, runs production")
    void pty3_default_roles() {
        assertThat(Role.OWNER.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.MANAGER.permissions()).isEqualTo(EnumSet.complementOf(EnumSet.of(Permission.CLOSE_PERIOD,
                Permission.ADMIN)));
        assertThat(Role.CLERK.permissions()).containsExactlyInAnyOrder(Permission.SELL, Permission.RECEIVE_PAYMENT,
                Permission.MANAGE_PRODUCTION);
    }

    @Test
    @DisplayName("PTY-3 a clerk cannot refund, refund a deposit, write off or make a credit memo; each refusal changes nothing")
    void pty3_clerk_refusals_change_nothing() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        money.pay(CLERK, Pay.of(invoice.id(), f.m("120.00")).method("Cash").on(DAY));
        Receipt deposit = money.deposit(CLERK, Deposit.of(jane.id(), f.m("10.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refund(CLERK, Refund.of(invoice.id(), f.m("20.00"))
                .method("Cash").on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refundDeposit(CLERK,
                RefundDeposit.of(deposit.movement().id(), f.m("10.00")).method("Cash").on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.writeOff(CLERK, WriteOff.of(invoice.id(), f.m("1.00"))
                .on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().creditMemo(CLERK, invoice.id(), DAY, true,
                null, "x"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().create(CLERK, DocumentDraft
                .forClient(DocumentType.CREDIT_MEMO, jane.id(), DAY).line(Line.of("Print", -1, f.m("1.00")))));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.updateSettings(MANAGER, f.studio.settings()));
        // the same commands pass for a manager
        money.refund(MANAGER, Refund.of(invoice.id(), f.m("20.00")).method("Cash").on(DAY));
        money.refundDeposit(MANAGER, RefundDeposit.of(deposit.movement().id(), f.m("10.00")).method("Cash").on(DAY));
    }

    @Test
    @DisplayName("PTY-3 a refund cannot be voided without REFUND, not even through its deposit application")
    void pty3_clerk_cannot_void_a_refund() {
        Client jane = f.client("Jane Doe");
        Receipt deposit = money.deposit(CLERK, Deposit.of(jane.id(), f.m("10.00")).method("Cash").on(DAY));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.voidMovement(CLERK, refund.movement().id()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.voidMovement(CLERK, refund.application().id()));
    }

    @Test
    @DisplayName("PTY-3 an actor without SELL cannot create clients, sessions, documents, plans or convert; without MANAGE_PRODUCTION no orders")
    void pty3_sell_and_production() {
        Actor cashier = new Actor("cashier", EnumSet.of(Permission.RECEIVE_PAYMENT));
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.clients().create(cashier, "John Roe"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.sessions().book(cashier, jane.id(), "Family", DAY,
                null));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().create(cashier, DocumentDraft
                .forClient(DocumentType.GENERIC, jane.id(), DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().edit(cashier, invoice.id(),
                new DocumentChange(null, List.of(), null, null, null)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().voidDocument(cashier, invoice.id()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().plan(cashier, invoice.id(), 2,
                org.studiokit.core.document.PaymentPlan.Frequency.WEEKLY, DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.production().create(cashier, invoice.id(), "Lab",
                OrderKind.WORK_ORDER, "Print", 0, null, null, null));
        ProductionOrder order = f.studio.production().create(CLERK, invoice.id(), "Lab", OrderKind.WORK_ORDER,
                "Print", 0, null, null, null);
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.production().advance(cashier, order.id(),
                ChangeSource.MANUAL));
        Actor seller = new Actor("seller", EnumSet.of(Permission.SELL));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.pay(seller, Pay.of(invoice.id(), f.m("1.00"))
                .method("Cash").on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.deposit(seller, Deposit.of(jane.id(), f.m("1.00"))
                .method("Cash").on(DAY)));
    }

    @Test
    @DisplayName("PTY-3 can(actor, action, record) answers before a button is shown: locked records need UNLOCK first")
    void pty3_can() {
        assertThat(f.studio.can(CLERK, Permission.SELL, null)).isTrue();
        assertThat(f.studio.can(CLERK, Permission.REFUND, null)).isFalse();
        assertThat(f.studio.can(OWNER, Permission.SELL, LockState.UNPOSTED)).isTrue();
        assertThat(f.studio.can(OWNER, Permission.SELL, LockState.UNPOSTED.postedIn(1))).isFalse();
        assertThat(f.studio.can(OWNER, Permission.SELL, LockState.UNPOSTED.postedIn(1).unlock("owner", "typo")))
                .isTrue();
    }
}
