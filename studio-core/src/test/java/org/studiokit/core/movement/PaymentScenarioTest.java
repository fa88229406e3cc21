package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("PAY-1 payments, PAY-2 un-apply and DOC-14 dates")
class PaymentScenarioTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("PAY-1 payments of 40.00 and 60.00 pay a 100.00 invoice; a cent more is refused with OVERPAYMENT")
    void pay1_payments_up_to_the_balance() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        Receipt first = money.pay(CLERK, Pay.of(invoice.id(), f.m("40.00")).method("Check").on(DAY)
                .reference("check 1001"));
        assertThat(first.movement().kind()).isEqualTo(MovementKind.PAYMENT);
        assertThat(first.movement().reference()).isEqualTo("check 1001");
        assertThat(first.movement().user()).isEqualTo("clerk");
        assertThat(first.balance()).isEqualTo(f.m("60.00"));
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("60.01")).method("Cash")
                .on(DAY)));
        money.pay(OWNER, Pay.of(invoice.id(), f.m("60.00")).method("Cash").on(day(1)));
        assertThat(f.balance(invoice)).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("0.01")).method("Cash")
                .on(day(1))));
    }

    @Test
    @DisplayName("PAY-1 with allowOverpayment a 120.00 payment leaves a -20.00 credit balance")
    void pay1_overpayment_allowed_by_the_studio() {
        StudioFixture g = new StudioFixture(StudioSettings.defaults("USD").toBuilder().allowOverpayment(true).build());
        Document invoice = g.invoice(g.client("Jane Doe"), "100.00");
        Receipt r = g.studio.money().pay(OWNER, Pay.of(invoice.id(), g.m("120.00")).method("Cash").on(DAY));
        assertThat(r.balance()).isEqualTo(g.m("-20.00"));
        assertThat(g.balance(invoice)).isEqualTo(g.m("-20.00"));
    }

    @Test
    @DisplayName("PAY-1 no payment on an estimate or a credit memo: WRONG_DOCUMENT_TYPE")
    void pay1_wrong_document_type() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Document estimate = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE,
                jane.id(), DAY).line(Line.of("Print", 1, f.m("10.00"))));
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, true, null, "x");
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.pay(OWNER, Pay.of(estimate.id(), f.m("1.00"))
                .method("Cash").on(DAY)));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.pay(OWNER, Pay.of(memo.id(), f.m("1.00")).method("Cash")
                .on(DAY)));
    }

    @Test
    @DisplayName("DOC-14 a payment dated before its invoice is refused with VALIDATION; the same day is fine")
    void doc14_payment_before_the_invoice() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        f.refused(ErrorCode.VALIDATION, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash")
                .on(DAY.minusDays(1))));
        money.pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash").on(DAY));
    }

    @Test
    @DisplayName("PAY-1 malformed payments are refused: zero, negative, other currency, unknown method, unknown or void invoice")
    void pay1_bad_values() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        f.refused(ErrorCode.VALIDATION, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("0.00")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("-5.00")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("5.00")).method("Cash")
                .on(null)));
        f.refused(ErrorCode.CURRENCY_MISMATCH, () -> money.pay(OWNER, Pay.of(invoice.id(), Money.ofMinor(500,
                Currency.getInstance("EUR"))).method("Cash").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("5.00")).method("Bitcoin")
                .on(DAY)));
        f.refused(ErrorCode.NOT_FOUND, () -> money.pay(OWNER, Pay.of(999_999, f.m("5.00")).method("Cash").on(DAY)));
        f.studio.invoices().voidDocument(OWNER, invoice.id());
        f.refused(ErrorCode.NOT_FOUND, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("5.00")).method("Cash")
                .on(DAY)));
    }

    @Test
    @DisplayName("PAY-2 un-applying a 40.00 payment restores the balance and leaves a 40.00 unapplied deposit that pays another invoice")
    void pay2_unapply_payment() {
        Client jane = f.client("Jane Doe");
        Document first = f.invoice(jane, "100.00");
        Document second = f.invoice(jane, "30.00");
        Receipt pay = money.pay(OWNER, Pay.of(first.id(), f.m("40.00")).method("Cash").on(DAY));
        assertThat(f.balance(first)).isEqualTo(f.m("60.00"));

        Receipt off = money.unapply(CLERK, Unapply.of(pay.movement().id()).on(day(1)));
        MoneyMovement unapply = off.movement();
        assertThat(unapply.kind()).isEqualTo(MovementKind.UNAPPLY);
        assertThat(unapply.amount()).isEqualTo(f.m("40.00"));
        assertThat(unapply.date()).isEqualTo(day(1));
        assertThat(unapply.sourceId()).isEqualTo(pay.movement().id());
        assertThat(unapply.clientId()).isEqualTo(jane.id());
        assertThat(unapply.number()).isEqualTo(pay.movement().number() + 1);
        assertThat(off.balance()).isEqualTo(f.m("100.00"));
        assertThat(off.remaining()).isEqualTo(f.m("40.00"));
        assertThat(f.balance(first)).isEqualTo(f.m("100.00"));
        assertThat(money.get(pay.movement().id())).as("the payment itself never changes").isEqualTo(pay.movement());
        assertThat(money.offers(second.id())).extracting(MoneyMovement::id).containsExactly(unapply.id());

        f.refused(ErrorCode.NO_CHANGE, () -> money.unapply(OWNER, Unapply.of(pay.movement().id()).on(day(1))));

        // applied elsewhere like a deposit (DEP-2)
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.applyDeposit(OWNER, ApplyDeposit.of(unapply.id(),
                second.id(), f.m("30.01")).on(day(1))));
        Receipt app = money.applyDeposit(OWNER, ApplyDeposit.of(unapply.id(), second.id(), f.m("30.00")).on(day(1)));
        assertThat(app.remaining()).isEqualTo(f.m("10.00"));
        assertThat(f.balance(second)).isEqualTo(f.m("0.00"));
        money.applyDeposit(OWNER, ApplyDeposit.of(unapply.id(), first.id(), f.m("10.00")).on(day(1)));
        assertThat(f.balance(first)).isEqualTo(f.m("90.00"));
        assertThat(f.remaining(unapply)).isEqualTo(f.m("0.00"));
    }

    @Test
    @DisplayName("PAY-2 a deposit application can be un-applied too; deposits and refunds cannot")
    void pay2_unapply_application() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt app = money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("50.00"))
                .on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("50.00"));
        Receipt off = money.unapply(OWNER, Unapply.of(app.movement().id()).on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
        assertThat(off.remaining()).isEqualTo(f.m("50.00"));
        assertThat(f.remaining(deposit.movement())).as("the deposit itself stays applied").isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.VALIDATION, () -> money.unapply(OWNER, Unapply.of(deposit.movement().id()).on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.unapply(OWNER, Unapply.of(off.movement().id()).on(DAY)));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(off.movement().id(), f.m("50.00")).method("Cash")
                .on(DAY));
        f.refused(ErrorCode.VALIDATION, () -> money.unapply(OWNER, Unapply.of(refund.application().id()).on(DAY)));
        f.refused(ErrorCode.NOT_FOUND, () -> money.unapply(OWNER, Unapply.of(999_999).on(DAY)));
    }

    @Test
    @DisplayName("PAY-2 an un-apply cannot be dated before the payment it takes off")
    void pay2_unapply_dates() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(day(2)));
        f.refused(ErrorCode.VALIDATION, () -> money.unapply(OWNER, Unapply.of(pay.movement().id()).on(day(1))));
    }

    @Test
    @DisplayName("PAY-2 the amount of an un-applied payment can no longer change: the un-apply took the whole payment off")
    void pay2_unapplied_payment_amount_is_frozen() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("50.00")).method("Cash").on(DAY));
        money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
        // shrinking the payment to 30.00 would leave a 50.00 un-apply of a 30.00 payment: the invoice would owe 120.00
        f.refused(ErrorCode.VALIDATION, () -> money.edit(OWNER, pay.movement().id(), null, null, f.m("30.00")));
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
    }

    @Test
    @DisplayName("PAY-1 editing a payment re-checks its rules: a grown payment over the balance is OVERPAYMENT")
    void pay1_edit_rechecks_rules() {
        Document invoice = f.invoice(f.client("Jane Doe"), "100.00");
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.OVERPAYMENT, () -> money.edit(OWNER, pay.movement().id(), null, null, f.m("100.01")));
        f.refused(ErrorCode.VALIDATION, () -> money.edit(OWNER, pay.movement().id(), DAY.minusDays(1), null, null));
        f.refused(ErrorCode.VALIDATION, () -> money.edit(OWNER, pay.movement().id(), null, "Gold", null));
        MoneyMovement edited = money.edit(OWNER, pay.movement().id(), day(1), "Check", f.m("100.00"));
        assertThat(edited.number()).isEqualTo(pay.movement().number());
        assertThat(edited.method()).isEqualTo("Check");
        assertThat(f.balance(invoice)).isEqualTo(f.m("0.00"));
    }
}
