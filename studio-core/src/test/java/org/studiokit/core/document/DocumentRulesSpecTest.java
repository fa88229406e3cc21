package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Transfer;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/** Against the spec, figures by hand: document rules (DOC-1, DOC-9, DOC-12, DOC-14) and the refusal order (ERR-1). */
class DocumentRulesSpecTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client ann = f.client("Ann");

    private Document estimate() {
        return f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, ann.id(), DAY)
                .line(Line.of("Print", 1, f.m("10.00"))));
    }

    private void closeThrough(java.time.LocalDate date) {
        f.store.transaction(() -> {
            f.store.saveLockDate(date);
            return null;
        });
    }

    @Test
    @DisplayName("ERR-1 credit memo of an estimate dated in a closed period: PERIOD_CLOSED before WRONG_DOCUMENT_TYPE")
    void err1_credit_memo_period_before_type() {
        Document est = estimate();
        closeThrough(day(3));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.invoices().creditMemo(OWNER, est.id(), day(1), false, null, "why"));
    }

    @Test
    @DisplayName("ERR-1 credit memo with malformed lines (positive quantity) of an estimate: VALIDATION before WRONG_DOCUMENT_TYPE")
    void err1_credit_memo_validation_before_type() {
        Document est = estimate();
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().creditMemo(OWNER, est.id(), day(1), false,
                List.of(Line.of("Print", 2, f.m("1.00"))), "why"));
    }

    @Test
    @DisplayName("ERR-1 converting an already converted estimate into a closed period: PERIOD_CLOSED before NO_CHANGE")
    void err1_convert_period_before_business() {
        Document est = estimate();
        f.studio.invoices().convert(OWNER, est.id(), DocumentType.GENERIC, null, day(1));
        Document inv = f.invoice(ann, "5.00");
        closeThrough(day(3));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.invoices().convert(OWNER, est.id(), DocumentType.GENERIC, null, day(2)));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.invoices().convert(OWNER, inv.id(), DocumentType.GENERIC, null, day(2)));
    }

    @Test
    @DisplayName("ERR-1 an actor with no permission at all editing or voiding an unknown document: PERMISSION_DENIED before NOT_FOUND")
    void err1_permission_before_not_found() {
        Actor nobody = new Actor("nobody", Set.of());
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().voidDocument(nobody, 999_999));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().edit(nobody, 999_999,
                new DocumentChange(null, null, null, null, null)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.money().voidMovement(nobody, 999_999));
    }

    @Test
    @DisplayName("PTY-3 credit memos need REFUND: a clerk is refused, a REFUND-only actor may create one")
    void pty3_credit_memo_refund() {
        Document inv = f.invoice(ann, "20.00");
        f.refused(ErrorCode.PERMISSION_DENIED,
                () -> f.studio.invoices().creditMemo(StudioFixture.CLERK, inv.id(), day(1), false, null, "x"));
        Actor refunder = new Actor("r", EnumSet.of(Permission.REFUND));
        Document memo = f.studio.invoices().creditMemo(refunder, inv.id(), day(1), false, null, "x");
        assertThat(memo.total()).isEqualTo(f.m("-20.00"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.invoices().create(StudioFixture.CLERK,
                DocumentDraft.forClient(DocumentType.CREDIT_MEMO, ann.id(), DAY).line(Line.of("X", -1, f.m("1.00")))));
    }

    @Test
    @DisplayName("PTY-3 voiding a write-off's credit memo needs what creating it needed (WRITE_OFF), not REFUND")
    void pty3_void_write_off_memo() {
        Document inv = f.invoice(ann, "20.00");
        Actor writer = new Actor("w", EnumSet.of(Permission.WRITE_OFF));
        Receipt r = f.studio.money().writeOff(writer, WriteOff.of(inv.id(), f.m("5.00")).on(day(1)));
        assertThat(f.balance(inv)).isEqualTo(f.m("15.00"));
        f.studio.money().voidMovement(writer, r.movement().id());
        Document voided = f.studio.invoices().voidDocument(writer, r.document().id());
        assertThat(voided.voided()).isTrue();
        assertThat(f.balance(inv)).isEqualTo(f.m("20.00"));
    }

    @Test
    @DisplayName("DOC-12 void refused with MONEY_APPLIED while paid; after un-apply it voids, amounts zero, orders voided")
    void doc12_money_applied_then_void() {
        Document inv = f.invoice(ann, "50.00");
        ProductionOrder o = f.studio.production().create(OWNER, inv.id(), "Lab", OrderKind.PURCHASE_ORDER, null, 0,
                day(10), null, null);
        Receipt p = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("20.00")).method("Cash").on(DAY));
        f.refused(ErrorCode.MONEY_APPLIED, () -> f.studio.invoices().voidDocument(OWNER, inv.id()));
        f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(day(1)));
        Document v = f.studio.invoices().voidDocument(OWNER, inv.id());
        assertThat(v.voided()).isTrue();
        assertThat(v.number()).isEqualTo(inv.number());
        assertThat(v.total()).isEqualTo(f.m("0.00"));
        assertThat(f.store.orders().find(o.id()).orElseThrow().voided()).isTrue();
        f.refused(ErrorCode.NO_CHANGE, () -> f.studio.invoices().voidDocument(OWNER, inv.id()));
    }

    @Test
    @DisplayName("DOC-12 void refused with UNPOSTED_RECORDS when its payment is posted but the un-apply is not")
    void doc12_unposted_records() {
        Document inv = f.invoice(ann, "50.00");
        Receipt p = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("20.00")).method("Cash").on(DAY));
        f.studio.money().unapply(OWNER, Unapply.of(p.movement().id()).on(day(1)));
        f.store.transaction(() -> {
            MoneyMovement m = f.studio.money().get(p.movement().id());
            f.store.movements().save(m.withLock(LockState.UNPOSTED.postedIn(1)));
            return null;
        });
        f.refused(ErrorCode.UNPOSTED_RECORDS, () -> f.studio.invoices().voidDocument(OWNER, inv.id()));
    }

    @Test
    @DisplayName("DOC-12 a posted, locked document is LOCKED; DOC-12 void of a credit memo whose credit was transferred is MONEY_APPLIED")
    void doc12_locked_and_transfer() {
        Document inv = f.invoice(ann, "50.00");
        f.store.transaction(() -> {
            f.store.documents().save(f.studio.invoices().get(inv.id()).withLock(LockState.UNPOSTED.postedIn(1)));
            return null;
        });
        f.refused(ErrorCode.LOCKED, () -> f.studio.invoices().voidDocument(OWNER, inv.id()));
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), day(1), false, null, "x");
        Document other = f.invoice(ann, "30.00");
        f.studio.money().transfer(OWNER, Transfer.of(memo.id(), other.id(), f.m("30.00")).on(day(1)));
        f.refused(ErrorCode.MONEY_APPLIED, () -> f.studio.invoices().voidDocument(OWNER, memo.id()));
        f.refused(ErrorCode.MONEY_APPLIED, () -> f.studio.invoices().voidDocument(OWNER, other.id()));
    }

    @Test
    @DisplayName("DOC-14 money dated before its document is VALIDATION; editing a document's date past its money is VALIDATION")
    void doc14_dates() {
        Document inv = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, ann.id(), day(5))
                .line(Line.of("Print", 1, f.m("10.00"))));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("1.00")).method("Cash").on(day(4))));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.m("1.00")).method("Cash").on(day(5)));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().edit(OWNER, inv.id(),
                new DocumentChange(day(6), null, null, null, null)));
    }

    @Test
    @DisplayName("DOC-2 every type, estimates and memos included, draws from one gapless sequence starting 1001; a refusal leaves no gap")
    void doc2_numbering() {
        Document a = f.invoice(ann, "1.00");
        Document e = estimate();
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER,
                DocumentDraft.forClient(DocumentType.GENERIC, ann.id(), DAY).line(Line.of("X", -1, f.m("1.00")))));
        Document m = f.studio.invoices().creditMemo(OWNER, a.id(), DAY, false, null, "x");
        assertThat(List.of(a.number(), e.number(), m.number())).containsExactly(1001L, 1002L, 1003L);
    }

    @Test
    @DisplayName("DOC-5 invoice discount above Σ line amounts is VALIDATION")
    void doc5_discount_cap() {
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER,
                DocumentDraft.forClient(DocumentType.GENERIC, ann.id(), DAY).line(Line.of("P", 1, f.m("10.00")))
                        .withDiscount(Discount.amount(f.m("10.01")))));
    }
}
