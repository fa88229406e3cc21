package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.settings.StudioSettings;

/** Against the spec, figures by hand: money movements (PAY-1, PAY-2, DEP-2, DEP-4, REF-1, TRF-1, IDM-1, PTY-3, ERR-1). */
class MoneyMovementSpecTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client ann = f.client("Ann");
    private final Client bob = f.client("Bob");

    private void closeThrough(java.time.LocalDate date) {
        f.store.transaction(() -> {
            f.store.saveLockDate(date);
            return null;
        });
    }

    @Test
    @DisplayName("PAY-1 100.00 invoice: 100.01 is OVERPAYMENT; 100.00 is accepted, balance 0.00")
    void pay1_overpayment() {
        Document inv = f.invoice(ann, "100.00");
        f.refused(ErrorCode.OVERPAYMENT,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("100.01")).method("Cash").on(DAY)));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("100.00")).method("Cash").on(DAY));
        assertThat(f.balance(inv)).isEqualTo(f.m("0.00"));
    }

    @Test
    @DisplayName("PAY-1 no payment on an estimate or a credit memo (WRONG_DOCUMENT_TYPE)")
    void pay1_wrong_type() {
        Document inv = f.invoice(ann, "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), DAY, false, null, "x");
        Document est = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, ann.id(), DAY)
                .line(Line.of("P", 1, f.m("5.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE,
                () -> f.studio.money().pay(OWNER, Pay.of(memo.id(), f.m("1.00")).method("Cash").on(DAY)));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE,
                () -> f.studio.money().pay(OWNER, Pay.of(est.id(), f.m("1.00")).method("Cash").on(DAY)));
    }

    @Test
    @DisplayName("PAY-1/REF-1 overpaid invoice (allowed): 100.00 paid 120.00 → −20.00; refund 20.01 OVER_REFUND, 20.00 → 0.00")
    void ref1_refund_overpaid_invoice() {
        StudioFixture g = new StudioFixture(StudioSettings.defaults("USD").toBuilder().allowOverpayment(true).build());
        Client c = g.client("Cy");
        Document inv = g.invoice(c, "100.00");
        g.studio.money().pay(OWNER, Pay.of(inv.id(), g.m("120.00")).method("Cash").on(DAY));
        assertThat(g.balance(inv)).isEqualTo(g.m("-20.00"));
        g.refused(ErrorCode.OVER_REFUND,
                () -> g.studio.money().refund(OWNER, Refund.of(inv.id(), g.m("20.01")).method("Cash").on(day(1))));
        g.studio.money().refund(OWNER, Refund.of(inv.id(), g.m("20.00")).method("Cash").on(day(1)));
        assertThat(g.balance(inv)).isEqualTo(g.m("0.00"));
    }

    @Test
    @DisplayName("REF-1 refund on an invoice with a balance due is OVER_REFUND")
    void ref1_no_credit() {
        Document inv = f.invoice(ann, "10.00");
        f.refused(ErrorCode.OVER_REFUND,
                () -> f.studio.money().refund(OWNER, Refund.of(inv.id(), f.m("0.01")).method("Cash").on(DAY)));
    }

    @Test
    @DisplayName("DEP-4 refund 30.00 of a 100.00 deposit: application numbered right before the refund, $0 invoice dated with the refund, balance 0, 70.00 left")
    void dep4_refund_deposit() {
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("100.00")).method("Cash").on(DAY));
        Receipt r = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(d.movement().id(), f.m("30.00"))
                .method("Check").on(day(5)).reference("chk"));
        assertThat(r.application().number()).isEqualTo(r.movement().number() - 1);
        assertThat(r.application().date()).isEqualTo(day(5));
        assertThat(r.movement().date()).isEqualTo(day(5));
        assertThat(r.document().date()).isEqualTo(day(5));
        assertThat(r.document().type()).isEqualTo(DocumentType.GENERIC);
        assertThat(r.document().total()).isEqualTo(f.m("0.00"));
        assertThat(f.balance(r.document())).isEqualTo(f.m("0.00"));
        assertThat(f.remaining(d.movement())).isEqualTo(f.m("70.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> f.studio.money().refundDeposit(OWNER,
                RefundDeposit.of(d.movement().id(), f.m("70.01")).method("Check").on(day(5))));
    }

    @Test
    @DisplayName("PTY-3 deposit refunds need REFUND: clerk refused, REFUND-only actor accepted")
    void pty3_deposit_refund_permission() {
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("100.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.money().refundDeposit(CLERK,
                RefundDeposit.of(d.movement().id(), f.m("10.00")).method("Cash").on(DAY)));
        Actor refunder = new Actor("r", EnumSet.of(Permission.REFUND));
        f.studio.money().refundDeposit(refunder, RefundDeposit.of(d.movement().id(), f.m("10.00")).method("Cash")
                .on(DAY));
        assertThat(f.remaining(d.movement())).isEqualTo(f.m("90.00"));
    }

    @Test
    @DisplayName("PTY-3 voiding a deposit refund needs what creating it needed (REFUND), whichever half is voided")
    void pty3_void_deposit_refund() {
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("100.00")).method("Cash").on(DAY));
        Actor refunder = new Actor("r", EnumSet.of(Permission.REFUND));
        Receipt r = f.studio.money().refundDeposit(refunder, RefundDeposit.of(d.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY));
        f.studio.money().voidMovement(refunder, r.movement().id());
        assertThat(f.remaining(d.movement())).isEqualTo(f.m("100.00"));
        Receipt r2 = f.studio.money().refundDeposit(refunder, RefundDeposit.of(d.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY));
        f.studio.money().voidMovement(refunder, r2.application().id());
        assertThat(f.remaining(d.movement())).isEqualTo(f.m("100.00"));
    }

    @Test
    @DisplayName("PTY-3 quick sale needs SELL and RECEIVE_PAYMENT; DOC-10 the clerk's quick sale is paid in full")
    void pty3_quick_sale() {
        List<Line> lines = List.of(Line.of("Print", 2, f.m("7.50")));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.money().quickSale(new Actor("s",
                EnumSet.of(Permission.SELL)), QuickSale.of(lines).method("Cash").on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.money().quickSale(new Actor("p",
                EnumSet.of(Permission.RECEIVE_PAYMENT)), QuickSale.of(lines).method("Cash").on(DAY)));
        Receipt r = f.studio.money().quickSale(CLERK, QuickSale.of(lines).method("Cash").on(DAY));
        assertThat(r.document().total()).isEqualTo(f.m("15.00"));
        assertThat(r.movement().amount()).isEqualTo(f.m("15.00"));
        assertThat(r.balance()).isEqualTo(f.m("0.00"));
        assertThat(r.document().clientId()).isEqualTo(f.studio.clients().quickSaleClient().id());
    }

    @Test
    @DisplayName("TRF-1 credit of Ann's memo (−50.00) moves to Bob's invoice (80.00 → 30.00); estimate target WRONG_DOCUMENT_TYPE; over credit OVER_APPLICATION")
    void trf1_any_client() {
        Document inv = f.invoice(ann, "50.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), DAY, false, null, "x");
        Document bobs = f.invoice(bob, "80.00");
        Document est = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, bob.id(), DAY)
                .line(Line.of("P", 1, f.m("500.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE,
                () -> f.studio.money().transfer(OWNER, Transfer.of(memo.id(), est.id(), f.m("10.00")).on(DAY)));
        f.refused(ErrorCode.OVER_APPLICATION,
                () -> f.studio.money().transfer(OWNER, Transfer.of(memo.id(), bobs.id(), f.m("50.01")).on(DAY)));
        Receipt r = f.studio.money().transfer(CLERK, Transfer.of(memo.id(), bobs.id(), f.m("50.00")).on(DAY));
        assertThat(r.balance()).isEqualTo(f.m("0.00"));
        assertThat(r.targetBalance()).isEqualTo(f.m("30.00"));
        f.refused(ErrorCode.OVER_APPLICATION,
                () -> f.studio.money().transfer(OWNER, Transfer.of(inv.id(), bobs.id(), f.m("1.00")).on(DAY)));
    }

    @Test
    @DisplayName("DOC-8 balance = total − payments − applied + refunds + un-applies − in + out: 200 − 50 − 30 + 50 − 40 = 130.00")
    void doc8_balance() {
        Document inv = f.invoice(ann, "200.00");
        Receipt p = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("30.00")).method("Cash").on(DAY));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(d.movement().id(), inv.id(), f.m("30.00")).on(DAY));
        f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(DAY));
        Document other = f.invoice(ann, "40.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, other.id(), DAY, false, null, "x");
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), inv.id(), f.m("40.00")).on(DAY));
        assertThat(f.balance(inv)).isEqualTo(f.m("130.00"));
        assertThat(f.balance(memo)).isEqualTo(f.m("0.00"));
    }

    @Test
    @DisplayName("DEP-2 deposit of another client is WRONG_CLIENT; over remaining or balance is OVER_APPLICATION")
    void dep2_apply() {
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("30.00")).method("Cash").on(DAY));
        Document bobs = f.invoice(bob, "80.00");
        Document anns = f.invoice(ann, "20.00");
        f.refused(ErrorCode.WRONG_CLIENT,
                () -> f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(d.movement().id(), bobs.id(), f.m("1.00"))
                        .on(DAY)));
        f.refused(ErrorCode.OVER_APPLICATION,
                () -> f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(d.movement().id(), anns.id(), f.m("20.01"))
                        .on(DAY)));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(d.movement().id(), anns.id(), f.m("20.00")).on(DAY));
        assertThat(f.remaining(d.movement())).isEqualTo(f.m("10.00"));
    }

    @Test
    @DisplayName("IDM-1 same command and fields returns the first result verbatim and changes nothing; other fields or command DUPLICATE_KEY")
    void idm1_replay_and_duplicate() {
        Document inv = f.invoice(ann, "100.00");
        Receipt first = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("10.00")).method("Cash").on(DAY)
                .reference("ref").key("k1"));
        Map<String, Object> before = f.snapshot();
        Receipt again = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("10.00")).method("Cash").on(DAY)
                .reference("other ref").key("k1"));
        assertThat(again).isSameAs(first);
        assertThat(f.snapshot()).isEqualTo(before);
        f.refused(ErrorCode.DUPLICATE_KEY,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("10.01")).method("Cash").on(DAY).key("k1")));
        f.refused(ErrorCode.DUPLICATE_KEY,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("10.00")).method("Check").on(DAY).key("k1")));
        f.refused(ErrorCode.DUPLICATE_KEY,
                () -> f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("10.00")).method("Cash").on(DAY)
                        .key("k1")));
        f.refused(ErrorCode.DUPLICATE_KEY,
                () -> f.studio.money().writeOff(OWNER, WriteOff.of(inv.id(), f.m("10.00")).on(DAY).key("k1")));
    }

    @Test
    @DisplayName("IDM-1/ERR-1 known key is checked after permission, validation and NOT_FOUND, before PERIOD_CLOSED and business rules")
    void idm1_order() {
        Document inv = f.invoice(ann, "100.00");
        Receipt first = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("100.00")).method("Cash").on(DAY).key("k1"));
        Actor nobody = new Actor("n", Set.of());
        f.refused(ErrorCode.PERMISSION_DENIED,
                () -> f.studio.money().pay(nobody, Pay.of(inv.id(), f.m("100.00")).method("Cash").on(DAY).key("k1")));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("0.00")).method("Cash").on(DAY).key("k1")));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("100.00")).method("Bitcoin").on(DAY).key("k1")));
        f.refused(ErrorCode.NOT_FOUND,
                () -> f.studio.money().pay(OWNER, Pay.of(987_654, f.m("100.00")).method("Cash").on(DAY).key("k1")));
        // balance is now 0, so a new payment would be OVERPAYMENT; the replay wins
        closeThrough(day(10));
        assertThat(f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("100.00")).method("Cash").on(DAY)
                .key("k1"))).isSameAs(first);
        // a different command with the key in a closed period: the key decides before PERIOD_CLOSED
        f.refused(ErrorCode.DUPLICATE_KEY,
                () -> f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("5.00")).method("Cash").on(DAY)
                        .key("k1")));
    }

    @Test
    @DisplayName("IDM-1 only accepted commands store their key: a refused payment leaves the key free")
    void idm1_refused_does_not_store() {
        Document inv = f.invoice(ann, "10.00");
        f.refused(ErrorCode.OVERPAYMENT,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("11.00")).method("Cash").on(DAY).key("k2")));
        Receipt r = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("11.00")).method("Cash").on(DAY)
                .key("k2"));
        assertThat(r.movement().key()).isEqualTo("k2");
    }

    @Test
    @DisplayName("IDM-1 deposit refund and un-apply replay verbatim with the same fields")
    void idm1_other_commands() {
        Receipt d = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("100.00")).method("Cash").on(DAY)
                .key("d1"));
        Receipt r = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(d.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY).key("r1"));
        Map<String, Object> before = f.snapshot();
        assertThat(f.studio.money().refundDeposit(OWNER, RefundDeposit.of(d.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY).key("r1")))
                .isSameAs(r);
        assertThat(f.snapshot()).isEqualTo(before);
        Document inv = f.invoice(ann, "50.00");
        Receipt p = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("50.00")).method("Cash").on(DAY));
        Receipt u = f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(day(1)).key("u1"));
        assertThat(f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(day(1)).key("u1"))).isSameAs(u);
        f.refused(ErrorCode.NO_CHANGE, () -> f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(day(1))));
        assertThat(f.balance(inv)).isEqualTo(f.m("50.00"));
        assertThat(f.remaining(u.movement())).isEqualTo(f.m("50.00"));
    }

    @Test
    @DisplayName("ERR-1 PERIOD_CLOSED before WRONG_DOCUMENT_TYPE and OVERPAYMENT on a payment")
    void err1_period_before_business() {
        Document inv = f.invoice(ann, "10.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), DAY, false, null, "x");
        closeThrough(day(3));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.money().pay(OWNER, Pay.of(memo.id(), f.m("1.00")).method("Cash").on(day(1))));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("99.00")).method("Cash").on(day(1))));
        f.refused(ErrorCode.PERMISSION_DENIED,
                () -> f.studio.money().refund(CLERK, Refund.of(12345, f.m("0")).method("Cash").on(day(1))));
    }
}
