package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.service.Invoices;
import org.studiokit.core.service.Payments;

@DisplayName("DOC-12 nothing is deleted: voids keep the number and zero the amounts")
class VoidScenarioTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Invoices invoices = f.studio.invoices();
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("DOC-12 an invoice with a payment is refused with MONEY_APPLIED; once un-applied it voids with its production orders")
    void doc12_void_invoice() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        ProductionOrder order = f.studio.production().create(OWNER, invoice.id(), "Lab", OrderKind.PURCHASE_ORDER,
                "Print", 0, null, null, null);
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("30.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.MONEY_APPLIED, () -> invoices.voidDocument(OWNER, invoice.id()));

        money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY));
        Document voided = invoices.voidDocument(CLERK, invoice.id());
        assertThat(voided.voided()).isTrue();
        assertThat(voided.number()).isEqualTo(invoice.number());
        assertThat(voided.total()).isEqualTo(f.m("0.00"));
        assertThat(voided.totals().subtotal()).isEqualTo(f.m("0.00"));
        assertThat(voided.totals().tax()).isEqualTo(f.m("0.00"));
        assertThat(invoices.byNumber(invoice.number())).isEqualTo(voided);
        assertThat(f.store.documents().size()).as("nothing is physically deleted").isEqualTo(1);
        assertThat(f.balance(voided)).isEqualTo(f.m("0.00"));
        assertThat(f.store.orders().find(order.id()).orElseThrow().voided()).isTrue();
        assertThat(f.studio.audit().entries()).extracting(AuditEntry::action).contains("VOID");
        assertThat(f.studio.balances().unappliedDeposits(jane.id())).as("the un-applied 30.00 stays the client's")
                .extracting(MoneyMovement::amount).containsExactly(f.m("30.00"));

        f.refused(ErrorCode.NO_CHANGE, () -> invoices.voidDocument(OWNER, invoice.id()));
        f.refused(ErrorCode.NOT_FOUND, () -> f.studio.production().advance(OWNER, order.id(),
                org.studiokit.core.production.ChangeSource.MANUAL));
    }

    @Test
    @DisplayName("DOC-12 money on either side of a transfer, a refund or a deposit application blocks a void")
    void doc12_money_applied_in_every_form() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Document memo = invoices.creditMemo(OWNER, invoice.id(), DAY, true, null, "x");
        Receipt transfer = money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(), f.m("60.00")).on(DAY));
        f.refused(ErrorCode.MONEY_APPLIED, () -> invoices.voidDocument(OWNER, invoice.id()));
        f.refused(ErrorCode.MONEY_APPLIED, () -> invoices.voidDocument(OWNER, memo.id()));
        money.refund(OWNER, Refund.of(memo.id(), f.m("40.00")).method("Cash").on(DAY));
        money.voidMovement(OWNER, transfer.movement().id());
        f.refused(ErrorCode.MONEY_APPLIED, () -> invoices.voidDocument(OWNER, memo.id()));
        assertThat(invoices.voidDocument(OWNER, invoice.id()).voided()).isTrue();

        Document second = f.invoice(jane, "50.00");
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("20.00")).method("Cash").on(DAY));
        money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), second.id(), f.m("20.00")).on(DAY));
        f.refused(ErrorCode.MONEY_APPLIED, () -> invoices.voidDocument(OWNER, second.id()));
        f.refused(ErrorCode.MONEY_APPLIED, () -> money.voidMovement(OWNER, deposit.movement().id()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> invoices.voidDocument(CLERK, memo.id()));
    }

    @Test
    @DisplayName("DOC-12 a voided payment keeps its number, its amount becomes zero and the balance is restored")
    void doc12_void_money_movement() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("30.00")).method("Cash").on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("70.00"));
        MoneyMovement voided = money.voidMovement(CLERK, pay.movement().id());
        assertThat(voided.voided()).isTrue();
        assertThat(voided.number()).isEqualTo(pay.movement().number());
        assertThat(voided.amount()).isEqualTo(f.m("0.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
        f.refused(ErrorCode.NO_CHANGE, () -> money.voidMovement(OWNER, pay.movement().id()));
        f.refused(ErrorCode.NOT_FOUND, () -> money.voidMovement(OWNER, 999_999));
        // an un-applied payment is refused until its un-apply is voided
        Receipt second = money.pay(OWNER, Pay.of(invoice.id(), f.m("10.00")).method("Cash").on(DAY));
        Receipt off = money.unapply(OWNER, Unapply.of(second.movement().id()).on(DAY));
        f.refused(ErrorCode.MONEY_APPLIED, () -> money.voidMovement(OWNER, second.movement().id()));
        money.voidMovement(OWNER, off.movement().id());
        assertThat(f.balance(invoice)).isEqualTo(f.m("90.00"));
        money.voidMovement(OWNER, second.movement().id());
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
    }

    @Test
    @DisplayName("DOC-12 DEP-4 voiding a deposit refund voids both halves and frees the deposit again")
    void doc12_void_deposit_refund() {
        Client jane = f.client("Jane Doe");
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("20.00")).method("Cash").on(DAY));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("20.00"))
                .method("Cash").on(DAY));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("0.00"));
        money.voidMovement(OWNER, refund.movement().id());
        assertThat(f.store.movements().find(refund.application().id()).orElseThrow().voided()).isTrue();
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("20.00"));
        assertThat(f.balance(refund.document())).isEqualTo(f.m("0.00"));
    }

    @Test
    @DisplayName("DOC-12 PAY-2 once its invoice is void, an un-apply cannot be voided: that would put the payment back on a void document")
    void doc12_unapply_of_a_void_document_stays() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("100.00")).method("Cash").on(DAY));
        Receipt off = money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY));
        invoices.voidDocument(OWNER, invoice.id());
        assertThat(f.balance(invoices.get(invoice.id()))).isEqualTo(f.m("0.00"));
        // refused (the code is the lead's choice; NOT_FOUND would match "document is void" elsewhere)
        f.refusedWithAnyCode(() -> money.voidMovement(OWNER, off.movement().id()));
        assertThat(f.balance(invoices.get(invoice.id()))).as("a void document holds no money").isEqualTo(f.m("0.00"));
    }
}
