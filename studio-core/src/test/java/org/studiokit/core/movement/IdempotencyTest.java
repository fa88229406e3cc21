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

@DisplayName("IDM-1 idempotency keys on money-moving commands")
class IdempotencyTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");

    @Test
    @DisplayName("IDM-1 the same key with the same fields returns the first receipt verbatim and changes nothing")
    void idm1_same_key_same_fields_replays() {
        Receipt first = money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("40.00"), "ref", "pay-1");
        Map<String, Object> before = f.snapshot();
        Receipt again = money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("40.00"), "another ref", "pay-1");
        assertThat(again).isSameAs(first);
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.balance(invoice)).isEqualTo(f.m("60.00"));
        // the key short-circuits before the business rules: the replay still works once the balance changed
        money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("60.00"), null, null);
        Map<String, Object> paid = f.snapshot();
        assertThat(money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("40.00"), null, "pay-1")).isSameAs(first);
        assertThat(f.snapshot()).isEqualTo(paid);
    }

    @Test
    @DisplayName("IDM-1 the same key with another amount, date, method, target or command is DUPLICATE_KEY and changes nothing")
    void idm1_same_key_other_fields_is_duplicate() {
        money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("40.00"), null, "pay-1");
        Document other = f.invoice(jane, "50.00");
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("41.00"), null,
                "pay-1"));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, invoice.id(), day(1), "Cash", f.m("40.00"), null,
                "pay-1"));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, invoice.id(), DAY, "Check", f.m("40.00"), null,
                "pay-1"));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.pay(OWNER, other.id(), DAY, "Cash", f.m("40.00"), null,
                "pay-1"));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.deposit(OWNER, jane.id(), DAY, "Cash", f.m("40.00"), null,
                "pay-1"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("60.00"));
    }

    @Test
    @DisplayName("IDM-1 a refused command does not store its key: the key is free for the next accepted command")
    void idm1_refused_command_keeps_no_key() {
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("100.01"), null,
                "pay-2"));
        Receipt ok = money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("100.00"), null, "pay-2");
        assertThat(ok.balance()).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, invoice.id(), DAY, "Cash", f.m("1.00"), null,
                "refund-1"));
        Receipt deposit = money.deposit(OWNER, jane.id(), DAY, "Cash", f.m("5.00"), null, "refund-1");
        assertThat(deposit.movement().key()).isEqualTo("refund-1");
    }

    @Test
    @DisplayName("IDM-1 retrying a deposit refund, a write-off, a transfer, an un-apply or a quick sale makes nothing twice")
    void idm1_every_money_command_replays() {
        Receipt deposit = money.deposit(OWNER, jane.id(), DAY, "Cash", f.m("30.00"), null, "dep");
        Receipt refund = money.refundDeposit(OWNER, deposit.movement().id(), DAY, "Cash", f.m("10.00"), null, "rd");
        Receipt app = money.applyDeposit(OWNER, deposit.movement().id(), invoice.id(), DAY, f.m("20.00"), "app");
        Receipt pay = money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("30.00"), null, "pay");
        Receipt off = money.unapply(OWNER, pay.movement().id(), DAY, "off");
        Receipt writeOff = money.writeOff(OWNER, invoice.id(), DAY, f.m("10.00"), "wo");
        // DOC-9: with the 10.00 write-off, a further credit memo from the invoice credits at most 90.00
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("50.00"))), "x");
        Receipt transfer = money.transfer(OWNER, memo.id(), invoice.id(), DAY, f.m("5.00"), "tr");
        Receipt sale = money.quickSale(OWNER, DAY, List.of(Line.of("Print", 1, f.m("9.00"))), "Cash", null, "qs");

        Map<String, Object> before = f.snapshot();
        assertThat(money.deposit(OWNER, jane.id(), DAY, "Cash", f.m("30.00"), null, "dep")).isSameAs(deposit);
        assertThat(money.refundDeposit(OWNER, deposit.movement().id(), DAY, "Cash", f.m("10.00"), null, "rd"))
                .isSameAs(refund);
        assertThat(money.applyDeposit(OWNER, deposit.movement().id(), invoice.id(), DAY, f.m("20.00"), "app"))
                .isSameAs(app);
        assertThat(money.unapply(OWNER, pay.movement().id(), DAY, "off")).isSameAs(off);
        assertThat(money.writeOff(OWNER, invoice.id(), DAY, f.m("10.00"), "wo")).isSameAs(writeOff);
        assertThat(money.transfer(OWNER, memo.id(), invoice.id(), DAY, f.m("5.00"), "tr")).isSameAs(transfer);
        assertThat(money.quickSale(OWNER, DAY, List.of(Line.of("Print", 1, f.m("9.00"))), "Cash", null, "qs"))
                .isSameAs(sale);
        assertThat(f.snapshot()).isEqualTo(before);

        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.refundDeposit(OWNER, deposit.movement().id(), DAY, "Cash",
                f.m("9.00"), null, "rd"));
        f.refused(ErrorCode.DUPLICATE_KEY, () -> money.writeOff(OWNER, invoice.id(), DAY, f.m("1.00"), "wo"));
    }

    @Test
    @DisplayName("IDM-1 ERR-1 the permission check comes before the key: a clerk replaying a refund key is PERMISSION_DENIED")
    void idm1_permission_before_key() {
        money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("100.00"), null, null);
        // DOC-9: with the 10.00 write-off, a further credit memo from the invoice credits at most 90.00
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("50.00"))), "x");
        money.refund(OWNER, memo.id(), DAY, "Cash", f.m("10.00"), null, "r1");
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refund(CLERK, memo.id(), DAY, "Cash", f.m("10.00"), null,
                "r1"));
        f.refused(ErrorCode.VALIDATION, () -> money.refund(OWNER, memo.id(), DAY, "Cash", f.m("0.00"), null, "r1"));
    }

    @Test
    @DisplayName("IDM-1 retrying an un-apply with its key returns the first receipt even after the payment's amount was edited")
    void idm1_unapply_retry_depends_only_on_its_own_fields() {
        Receipt pay = money.pay(OWNER, invoice.id(), DAY, "Cash", f.m("40.00"), null, null);
        Receipt off = money.unapply(OWNER, pay.movement().id(), DAY, "off-1");
        money.voidMovement(OWNER, off.movement().id());
        money.edit(OWNER, pay.movement().id(), null, null, f.m("30.00"));
        Map<String, Object> before = f.snapshot();
        // the caller re-sends exactly what it sent the first time: movement, date, key
        assertThat(money.unapply(OWNER, pay.movement().id(), DAY, "off-1")).isSameAs(off);
        assertThat(f.snapshot()).isEqualTo(before);
    }
}
