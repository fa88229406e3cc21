package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Payments;

@DisplayName("DEP-1..4 customer deposits: received, applied, refunded")
class DepositScenarioTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("DEP-1..4 a 100.00 deposit is applied 60.00 + 20.00, over-applications are refused and the last 20.00 is refunded on a $0 invoice")
    void dep1_to_dep4_deposit_apply_over_apply_refund() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "80.00");

        // DEP-1 the deposit: money received before the invoice, no document
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("100.00")).method("Cash").on(DAY)
                .reference("memo"));
        assertThat(deposit.movement().kind()).isEqualTo(MovementKind.DEPOSIT);
        assertThat(deposit.movement().documentId()).isNull();
        assertThat(deposit.remaining()).isEqualTo(f.m("100.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("80.00"));
        // DEP-3 a payment on the invoice would be offered the deposit
        assertThat(money.offers(invoice.id())).extracting(MoneyMovement::id).containsExactly(deposit.movement().id());

        // DEP-2 apply 60.00: shows as a payment on the invoice
        Receipt first = money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("60.00"))
                .on(DAY));
        assertThat(first.balance()).isEqualTo(f.m("20.00"));
        assertThat(first.remaining()).isEqualTo(f.m("40.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("20.00"));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("40.00"));
        assertThat(f.movementsOf(invoice)).extracting(MoneyMovement::kind).containsExactly(MovementKind.APPLICATION);

        // DEP-2 over the invoice's balance (30.00 > 20.00), then over the deposit (50.00 > 40.00)
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.applyDeposit(OWNER,
                ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("30.00")).on(DAY)));
        Document second = f.invoice(jane, "100.00");
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.applyDeposit(OWNER,
                ApplyDeposit.of(deposit.movement().id(), second.id(), f.m("40.01")).on(DAY)));
        // DEP-2 another client's invoice
        Document other = f.invoice(f.client("John Roe"), "100.00");
        f.refused(ErrorCode.WRONG_CLIENT, () -> money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(),
                other.id(), f.m("10.00")).on(DAY)));
        assertThat(f.balance(invoice)).isEqualTo(f.m("20.00"));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("40.00"));

        // the rest of the invoice: 20.00
        money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("20.00")).on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("0.00"));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("20.00"));

        // DEP-4 refund more than remains, then the remaining 20.00
        f.refused(ErrorCode.OVER_REFUND, () -> money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(),
                f.m("20.01")).method("Check").on(day(1))));
        long docsBefore = f.store.documents().size();
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("20.00"))
                .method("Check").on(day(1)).reference("check 12"));
        Document zero = refund.document();
        assertThat(f.store.documents().size()).isEqualTo(docsBefore + 1);
        assertThat(zero.type()).isEqualTo(DocumentType.GENERIC);
        assertThat(zero.depositRefund()).isTrue();
        assertThat(zero.clientId()).isEqualTo(jane.id());
        assertThat(zero.date()).isEqualTo(day(1));
        assertThat(zero.total()).isEqualTo(f.m("0.00"));
        assertThat(refund.movement().kind()).isEqualTo(MovementKind.REFUND);
        assertThat(refund.application().kind()).isEqualTo(MovementKind.APPLICATION);
        assertThat(refund.movement().documentId()).isEqualTo(zero.id());
        assertThat(refund.application().documentId()).isEqualTo(zero.id());
        assertThat(refund.application().sourceId()).isEqualTo(deposit.movement().id());
        assertThat(refund.movement().date()).isEqualTo(day(1));
        assertThat(refund.application().date()).isEqualTo(day(1));
        assertThat(refund.application().number()).as("the application is numbered before the refund")
                .isEqualTo(refund.movement().number() - 1);
        assertThat(f.movementsOf(zero)).extracting(MoneyMovement::kind)
                .containsExactly(MovementKind.APPLICATION, MovementKind.REFUND);
        assertThat(f.balance(zero)).isEqualTo(f.m("0.00"));
        assertThat(refund.balance()).isEqualTo(f.m("0.00"));
        assertThat(refund.remaining()).isEqualTo(f.m("0.00"));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("0.00"));
        assertThat(money.offers(second.id())).as("nothing left to offer").isEmpty();
        assertThat(f.balance(invoice)).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(),
                f.m("0.01")).method("Check").on(day(1))));
    }

    @Test
    @DisplayName("DEP-4 a partial refund leaves the rest of the deposit applicable")
    void dep4_partial_refund() {
        Client jane = f.client("Jane Doe");
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("30.00"))
                .method("Cash").on(DAY));
        assertThat(refund.remaining()).isEqualTo(f.m("20.00"));
        Document invoice = f.invoice(jane, "100.00");
        money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("20.00")).on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("80.00"));
        assertThat(f.remaining(deposit.movement())).isEqualTo(f.m("0.00"));
    }

    @Test
    @DisplayName("DEP-2 a deposit cannot be applied before it was received, nor to an estimate or a credit memo")
    void dep2_dates_and_document_types() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash").on(day(2)));
        f.refused(ErrorCode.VALIDATION, () -> money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(),
                invoice.id(), f.m("10.00")).on(day(1))));
        Document estimate = f.studio.invoices().create(OWNER, org.studiokit.core.document.DocumentDraft
                .forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(org.studiokit.core.document.Line.of("Print", 1, f.m("10.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.applyDeposit(OWNER,
                ApplyDeposit.of(deposit.movement().id(), estimate.id(), f.m("10.00")).on(day(2))));
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), day(2), false, null, "returned");
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.applyDeposit(OWNER,
                ApplyDeposit.of(deposit.movement().id(), memo.id(), f.m("10.00")).on(day(2))));
        // a payment is not a deposit source
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("10.00")).method("Cash").on(day(2)));
        f.refused(ErrorCode.VALIDATION, () -> money.applyDeposit(OWNER, ApplyDeposit.of(pay.movement().id(),
                invoice.id(), f.m("10.00")).on(day(2))));
        f.refused(ErrorCode.NOT_FOUND, () -> money.applyDeposit(OWNER, ApplyDeposit.of(999_999, invoice.id(),
                f.m("1.00")).on(day(2))));
    }

    @Test
    @DisplayName("DEP-1 bad values are refused: zero or negative amount, unknown method, unknown client")
    void dep1_bad_values() {
        Client jane = f.client("Jane Doe");
        f.refused(ErrorCode.VALIDATION, () -> money.deposit(OWNER, Deposit.of(jane.id(), f.m("0.00")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.deposit(OWNER, Deposit.of(jane.id(), f.m("-1.00")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.deposit(OWNER, Deposit.of(jane.id(), f.m("1.00")).method("Barter")
                .on(DAY)));
        f.refused(ErrorCode.NOT_FOUND, () -> money.deposit(OWNER, Deposit.of(999_999, f.m("1.00")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refundDeposit(CLERK, RefundDeposit.of(1, f.m("1.00"))
                .method("Cash").on(DAY)));
    }
}
