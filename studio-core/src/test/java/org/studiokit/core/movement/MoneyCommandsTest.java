package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("Money commands: values that know their permission (PTY-3) and fingerprint (IDM-1); limits as policies")
class MoneyCommandsTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");

    @Test
    @DisplayName("PTY-3 each command knows what it needs; a quick sale needs SELL and RECEIVE_PAYMENT")
    void pty3_permissions() {
        Money m = f.m("1.00");
        assertThat(Pay.of(1, m).permissions()).containsExactly(Permission.RECEIVE_PAYMENT);
        assertThat(Deposit.of(1, m).permissions()).containsExactly(Permission.RECEIVE_PAYMENT);
        assertThat(ApplyDeposit.of(1, 2, m).permissions()).containsExactly(Permission.RECEIVE_PAYMENT);
        assertThat(Transfer.of(1, 2, m).permissions()).containsExactly(Permission.RECEIVE_PAYMENT);
        assertThat(Unapply.of(1).permissions()).containsExactly(Permission.RECEIVE_PAYMENT);
        assertThat(RefundDeposit.of(1, m).permissions()).containsExactly(Permission.REFUND);
        assertThat(Refund.of(1, m).permissions()).containsExactly(Permission.REFUND);
        assertThat(WriteOff.of(1, m).permissions()).containsExactly(Permission.WRITE_OFF);
        assertThat(QuickSale.of(List.of()).permissions())
                .containsExactly(Permission.SELL, Permission.RECEIVE_PAYMENT);
    }

    @Test
    @DisplayName("IDM-1 the fingerprint is the business fields: target, date, method, amount; the key and reference are not")
    void idm1_fingerprints() {
        Pay pay = Pay.of(7, f.m("12.50")).method("Check").on(DAY).reference("chk 12").key("k");
        assertThat(pay.fingerprint().text()).isEqualTo("7|2026-03-02|Check|12.50");
        assertThat(pay.reference("other").key("other").fingerprint()).isEqualTo(pay.fingerprint());
        assertThat(Transfer.of(3, 4, f.m("1.00")).on(DAY).fingerprint().text()).isEqualTo("3>4|2026-03-02|null|1.00");
        assertThat(Unapply.of(9).on(DAY).fingerprint().text()).isEqualTo("9|2026-03-02|null|null");
        assertThat(QuickSale.of(List.of()).method("Cash").on(DAY).fingerprint().withAmount(f.m("9.00")).text())
                .isEqualTo("0|2026-03-02|Cash|9.00");
    }

    @Test
    @DisplayName("IDM-1 the stored result is the typed receipt, returned verbatim by run() as by the named command")
    void idm1_typed_receipt() {
        Receipt first = money.pay(OWNER, Pay.of(invoice.id(), f.m("10.00")).method("Cash").on(DAY).key("k1"));
        assertThat(f.store.idempotent("k1").orElseThrow().receipt()).isSameAs(first);
        MoneyCommand again = Pay.of(invoice.id(), f.m("10.00")).method("Cash").on(DAY).key("k1");
        assertThat(money.run(OWNER, again)).isSameAs(first);
    }

    @Test
    @DisplayName("PAY-1 the overpayment policy refuses at creation and at edit alike")
    void pay1_policy_at_creation_and_edit() {
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("100.01")).method("Cash")
                .on(DAY)));
        Receipt r = money.pay(OWNER, Pay.of(invoice.id(), f.m("60.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.OVERPAYMENT, () -> money.edit(OWNER, r.movement().id(), null, null, f.m("100.01")));
        assertThat(money.edit(OWNER, r.movement().id(), null, null, f.m("100.00")).amount()).isEqualTo(f.m("100.00"));
        StudioFixture lenient = new StudioFixture(StudioSettings.defaults("USD").toBuilder().allowOverpayment(true)
                .build());
        Client tom = lenient.client("Tom");
        Document small = lenient.invoice(tom, "5.00");
        assertThat(lenient.studio.money().pay(OWNER, Pay.of(small.id(), lenient.m("9.00")).method("Cash").on(DAY))
                .balance()).isEqualTo(lenient.m("-4.00"));
    }

    @Test
    @DisplayName("DEP-2 the application policy refuses at creation and at edit, and a deposit never shrinks below its applications")
    void dep2_policy_at_creation_and_edit() {
        Receipt dep = money.deposit(OWNER, Deposit.of(jane.id(), f.m("30.00")).method("Cash").on(DAY));
        long source = dep.movement().id();
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.applyDeposit(OWNER,
                ApplyDeposit.of(source, invoice.id(), f.m("30.01")).on(DAY)));
        Receipt app = money.applyDeposit(OWNER, ApplyDeposit.of(source, invoice.id(), f.m("20.00")).on(DAY));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.edit(OWNER, app.movement().id(), null, null, f.m("30.01")));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.edit(OWNER, source, null, null, f.m("19.99")));
        assertThat(money.edit(OWNER, app.movement().id(), null, null, f.m("30.00")).amount()).isEqualTo(f.m("30.00"));
    }

    @Test
    @DisplayName("REF-1 TRF-1 the refund and transfer policies refuse at creation and at edit alike")
    void ref1_trf1_policies_at_creation_and_edit() {
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("40.00"))), "return");
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(memo.id(), f.m("40.01")).method("Cash")
                .on(DAY)));
        Receipt refund = money.refund(OWNER, Refund.of(memo.id(), f.m("10.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.OVER_REFUND, () -> money.edit(OWNER, refund.movement().id(), null, null, f.m("40.01")));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(),
                f.m("30.01")).on(DAY)));
        Receipt t = money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(), f.m("30.00")).on(DAY));
        money.edit(OWNER, t.movement().id(), null, null, f.m("20.00"));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.edit(OWNER, t.movement().id(), null, null, f.m("30.01")));
    }
}
