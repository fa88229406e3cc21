package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Payments;

@DisplayName("IDM-1 idempotency keys on money-moving commands")
class IdempotencyTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");

    @Test
    @DisplayName("IDM-1 the same key with the same fields returns the first receipt verbatim and changes nothing")
    void idm1_same_key_same_fields_replays() {
        Receipt first = money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY).reference("ref")
                .key("pay-1"));
        Map<String, Object> before = f.snapshot();
        Receipt again = money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY)
                .reference("another ref").key("pay-1"));
        assertThat(again).isSameAs(first);
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.balance(invoice)).isEqualTo(f.m("60.00"));
        // the key short-circuits before the business rules: the replay still works once the balance changed
        money.pay(OWNER, Pay.of(invoice.id(), f.m("60.00")).method("Cash").on(DAY));
        Map<String, Object> paid = f.snapshot();
        assertThat(money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY)
                .key("pay-1"))).isSameAs(first);
        assertThat(f.snapshot()).isEqualTo(paid);
    }

    @Test
    @DisplayName("IDM-1 the same key with another amount, date, method, target or command is DUPLICATE_KEY and changes nothing")
    void idm1_same_key_other_fields_is_duplicate() {
        money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY).key("pay-1"));
        Document other = f.invoice(jane, "50.00");
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("41.00")).method("Cash")
                .on(DAY).key("pay-1")));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash")
                .on(day(1)).key("pay-1")));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Check")
                .on(DAY).key("pay-1")));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, Pay.of(other.id(), f.m("40.00")).method("Cash")
                .on(DAY).key("pay-1")));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.deposit(OWNER, Deposit.of(jane.id(), f.m("40.00"))
                .method("Cash").on(DAY).key("pay-1")));
        assertThat(f.balance(invoice)).isEqualTo(f.m("60.00"));
    }

    @Test
    @DisplayName("IDM-1 a refused command does not store its key: the key is free for the next accepted command")
    void idm1_refused_command_keeps_no_key() {
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, Pay.of(invoice.id(), f.m("100.01")).method("Cash")
                .on(DAY).key("pay-2")));
        Receipt ok = money.pay(OWNER, Pay.of(invoice.id(), f.m("100.00")).method("Cash").on(DAY).key("pay-2"));
        assertThat(ok.balance()).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(invoice.id(), f.m("1.00")).method("Cash")
                .on(DAY).key("refund-1")));
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("5.00")).method("Cash").on(DAY)
                .key("refund-1"));
        assertThat(deposit.movement().key()).isEqualTo("refund-1");
    }

    @Test
    @DisplayName("IDM-1 retrying a deposit refund, a write-off, a transfer, an un-apply or a quick sale makes nothing twice")
    void idm1_every_money_command_replays() {
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("30.00")).method("Cash").on(DAY).key("dep"));
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY).key("rd"));
        Receipt app = money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("20.00"))
                .on(DAY).key("app"));
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("30.00")).method("Cash").on(DAY).key("pay"));
        Receipt off = money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY).key("off"));
        Receipt writeOff = money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("10.00")).on(DAY).key("wo"));
        // DOC-9: with the 10.00 write-off, a further credit memo from the invoice credits at most 90.00
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("50.00"))), "x");
        Receipt transfer = money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(), f.m("5.00")).on(DAY).key("tr"));
        Receipt sale = money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", 1, f.m("9.00")))).method("Cash")
                .on(DAY).key("qs"));

        Map<String, Object> before = f.snapshot();
        assertThat(money.deposit(OWNER, Deposit.of(jane.id(), f.m("30.00")).method("Cash").on(DAY)
                .key("dep"))).isSameAs(deposit);
        assertThat(money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("10.00")).method("Cash")
                .on(DAY).key("rd")))
                .isSameAs(refund);
        assertThat(money.applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("20.00"))
                .on(DAY).key("app")))
                .isSameAs(app);
        assertThat(money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY).key("off"))).isSameAs(off);
        assertThat(money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("10.00")).on(DAY).key("wo"))).isSameAs(writeOff);
        assertThat(money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(), f.m("5.00")).on(DAY)
                .key("tr"))).isSameAs(transfer);
        assertThat(money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", 1, f.m("9.00")))).method("Cash")
                .on(DAY).key("qs")))
                .isSameAs(sale);
        assertThat(f.snapshot()).isEqualTo(before);

        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(),
                f.m("9.00")).method("Cash").on(DAY).key("rd")));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("1.00")).on(DAY)
                .key("wo")));
    }

    @Test
    @DisplayName("IDM-1 ERR-1 the permission check comes before the key: a clerk replaying a refund key is PERMISSION_DENIED")
    void idm1_permission_before_key() {
        money.pay(OWNER, Pay.of(invoice.id(), f.m("100.00")).method("Cash").on(DAY));
        // DOC-9: with the 10.00 write-off, a further credit memo from the invoice credits at most 90.00
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("50.00"))), "x");
        money.refund(OWNER, Refund.of(memo.id(), f.m("10.00")).method("Cash").on(DAY).key("r1"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refund(CLERK, Refund.of(memo.id(), f.m("10.00"))
                .method("Cash").on(DAY).key("r1")));
        f.refused(ErrorCode.VALIDATION, () -> money.refund(OWNER, Refund.of(memo.id(), f.m("0.00")).method("Cash")
                .on(DAY).key("r1")));
    }

    @Test
    @DisplayName("IDM-1 retrying an un-apply with its key returns the first receipt even after the payment's amount was edited")
    void idm1_unapply_retry_depends_only_on_its_own_fields() {
        Receipt pay = money.pay(OWNER, Pay.of(invoice.id(), f.m("40.00")).method("Cash").on(DAY));
        Receipt off = money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY).key("off-1"));
        money.voidMovement(OWNER, off.movement().id());
        money.edit(OWNER, pay.movement().id(), null, null, f.m("30.00"));
        Map<String, Object> before = f.snapshot();
        // the caller re-sends exactly what it sent the first time: movement, date, key
        assertThat(money.unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY).key("off-1"))).isSameAs(off);
        assertThat(f.snapshot()).isEqualTo(before);
    }
}
