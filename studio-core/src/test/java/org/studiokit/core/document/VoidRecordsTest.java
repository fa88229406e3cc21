package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.service.Invoices;
import org.studiokit.core.service.Payments;

@DisplayName("DOC-12 a command acting on a void record is NOT_FOUND naming its number; show shows it; delete is NO_CHANGE")
class VoidRecordsTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Invoices invoices = f.studio.invoices();
    private final Payments money = f.studio.money();
    private final Client jane = f.client("Jane Doe");

    private void notFoundNaming(String message, org.assertj.core.api.ThrowableAssert.ThrowingCallable command) {
        StudioException e = f.refused(ErrorCode.NOT_FOUND, command);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    @DisplayName("DOC-12 every command on a void document is NOT_FOUND naming its number")
    void doc12_void_document_targets() {
        Document invoice = f.invoice(jane, "100.00");
        Document estimate = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(Line.of("Print", 1, f.m("20.00"))));
        invoices.voidDocument(OWNER, invoice.id());
        invoices.voidDocument(OWNER, estimate.id());
        String gone = "document " + invoice.number() + " is void";
        notFoundNaming(gone, () -> invoices.edit(OWNER, invoice.id(),
                new DocumentChange(day(1), null, null, null, null)));
        notFoundNaming(gone, () -> invoices.markDelivered(OWNER, invoice.id(), day(1)));
        notFoundNaming(gone, () -> invoices.plan(OWNER, invoice.id(), 2, PaymentPlan.Frequency.MONTHLY, day(1)));
        notFoundNaming(gone, () -> invoices.creditMemo(OWNER, invoice.id(), DAY, false, null, "x"));
        notFoundNaming(gone, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash").on(DAY)));
        notFoundNaming(gone, () -> money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("1.00")).on(DAY)));
        notFoundNaming(gone, () -> f.studio.production().create(OWNER, invoice.id(), "Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null));
        notFoundNaming("document " + estimate.number() + " is void",
                () -> invoices.convert(OWNER, estimate.id(), DocumentType.GENERIC, null, DAY));
        assertThat(invoices.get(invoice.id()).voided()).as("show shows it").isTrue();
        assertThat(invoices.byNumber(invoice.number()).voided()).isTrue();
    }

    @Test
    @DisplayName("DOC-12 deleting a void document is NO_CHANGE, even in a closed period")
    void doc12_delete_void_is_no_change() {
        Document invoice = f.invoice(jane, "100.00");
        invoices.voidDocument(OWNER, invoice.id());
        f.store.saveLockDate(day(10));
        f.refused(ErrorCode.NO_CHANGE, () -> invoices.voidDocument(OWNER, invoice.id()));
    }

    @Test
    @DisplayName("DOC-12 every command on a void money movement is NOT_FOUND naming its number; void again is NO_CHANGE")
    void doc12_void_movement_targets() {
        Document invoice = f.invoice(jane, "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("10.00")).method("Cash").on(DAY));
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("30.00")).method("Cash").on(DAY));
        money.voidMovement(OWNER, pay.movement().id());
        money.voidMovement(OWNER, deposit.movement().id());
        long p = pay.movement().number();
        long d = deposit.movement().number();
        notFoundNaming("movement " + p + " is void", () -> money.edit(OWNER, pay.movement().id(), day(1), null, null));
        notFoundNaming("movement " + p + " is void", () -> money.unapply(OWNER, Unapply.of(pay.movement().id())
                .on(DAY)));
        notFoundNaming("movement " + d + " is void",
                () -> money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("1.00"))
                        .on(DAY)));
        notFoundNaming("movement " + d + " is void",
                () -> money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("1.00")).method("Cash")
                        .on(DAY)));
        f.store.saveLockDate(day(10));
        f.refused(ErrorCode.NO_CHANGE, () -> money.voidMovement(OWNER, pay.movement().id()));
        assertThat(money.get(pay.movement().id()).voided()).as("show shows it").isTrue();
        assertThat(money.byNumber(p).voided()).isTrue();
    }

    @Test
    @DisplayName("DOC-12 a void production order is NOT_FOUND naming its number, not its id")
    void doc12_void_order() {
        f.client("Other");
        Document other = f.invoice(jane, "5.00");
        f.studio.production().create(OWNER, other.id(), "Lab", OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null);
        Document invoice = f.invoice(jane, "100.00");
        ProductionOrder order = f.studio.production().create(OWNER, invoice.id(), "Lab", OrderKind.PURCHASE_ORDER,
                "Print", 0, null, null, null);
        assertThat(order.id()).isNotEqualTo(order.number());
        invoices.voidDocument(OWNER, invoice.id());
        String gone = "production order " + order.number() + " is void";
        notFoundNaming(gone, () -> f.studio.production().advance(OWNER, order.id(), ChangeSource.MANUAL));
        notFoundNaming(gone, () -> f.studio.production().setStatus(OWNER, order.id(), "Shipped", false,
                ChangeSource.MANUAL));
        notFoundNaming(gone, () -> f.studio.production().byNumber(order.number()));
    }

    @Test
    @DisplayName("DOC-12 DEP-4 voiding a deposit refund voids its application and its $0 invoice with it")
    void doc12_deposit_refund_void() {
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("20.00"))
                .method("Cash").on(day(1)));
        Document zero = refund.document();
        assertThat(zero.depositRefund()).isTrue();
        MoneyMovement voided = money.voidMovement(OWNER, refund.movement().id());
        assertThat(voided.voided()).isTrue();
        assertThat(money.get(refund.application().id()).voided()).as("its application").isTrue();
        assertThat(invoices.get(zero.id()).voided()).as("its $0 invoice").isTrue();
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("50.00"));
        assertThat(f.studio.audit().entries()).filteredOn(e -> e.action().equals("VOID")).hasSize(1);
    }

    @Test
    @DisplayName("DOC-12 DEP-4 voiding the application half voids the refund and the $0 invoice too")
    void doc12_deposit_refund_void_from_application() {
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("20.00"))
                .method("Cash").on(DAY));
        money.voidMovement(OWNER, refund.application().id());
        assertThat(money.get(refund.movement().id()).voided()).isTrue();
        assertThat(invoices.get(refund.document().id()).voided()).isTrue();
        assertThat(f.movementsOf(refund.document())).isEqualTo(List.of());
    }
}
