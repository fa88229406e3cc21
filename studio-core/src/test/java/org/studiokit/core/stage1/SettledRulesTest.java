package org.studiokit.core.stage1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("Stage 1 settled rules: DOC-8, PLN-1, PRD-1, ERR-1")
class SettledRulesTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client jane = f.client("Jane Doe");

    private Document estimate(String price) {
        return f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(Line.of("Print", 1, f.m(price))));
    }

    @Test
    @DisplayName("DOC-8 an estimate's balance is its total")
    void doc8_estimate_balance_is_total() {
        Document estimate = estimate("75.50");
        assertThat(f.balance(estimate)).isEqualTo(f.m("75.50"));
        assertThat(f.studio.balances().balanceAsOf(estimate, DAY.minusDays(1))).isEqualTo(f.m("75.50"));
    }

    @Test
    @DisplayName("PLN-1 the first due date is on or after the invoice's date (VALIDATION otherwise)")
    void pln1_first_due_on_or_after_invoice() {
        Document invoice = f.invoice(jane, "100.00");
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, invoice.id(), 2,
                PaymentPlan.Frequency.MONTHLY, DAY.minusDays(1)));
        assertThat(f.studio.invoices().plan(OWNER, invoice.id(), 2, PaymentPlan.Frequency.MONTHLY, DAY).plan()
                .installments()).hasSize(2);
    }

    @Test
    @DisplayName("PLN-1 N is at most the balance in minor units: no zero installments (VALIDATION)")
    void pln1_no_zero_installments() {
        Document invoice = f.invoice(jane, "0.03");
        StudioException e = f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, invoice.id(), 4,
                PaymentPlan.Frequency.WEEKLY, DAY));
        assertThat(e.getMessage()).contains("at most 3 installments");
        assertThat(f.studio.invoices().plan(OWNER, invoice.id(), 3, PaymentPlan.Frequency.WEEKLY, DAY).plan()
                .installments()).extracting(PaymentPlan.Installment::amount)
                .containsExactly(f.m("0.01"), f.m("0.01"), f.m("0.01"));
    }

    @Test
    @DisplayName("PLN-1 a new plan replaces the invoice's previous plan")
    void pln1_new_plan_replaces() {
        Document invoice = f.invoice(jane, "100.00");
        f.studio.invoices().plan(OWNER, invoice.id(), 4, PaymentPlan.Frequency.WEEKLY, DAY);
        Document replanned = f.studio.invoices().plan(OWNER, invoice.id(), 2, PaymentPlan.Frequency.MONTHLY,
                day(1));
        assertThat(replanned.plan().frequency()).isEqualTo(PaymentPlan.Frequency.MONTHLY);
        assertThat(f.studio.invoices().get(invoice.id()).plan().installments())
                .extracting(PaymentPlan.Installment::due).containsExactly(day(1), day(1).plusMonths(1));
    }

    @Test
    @DisplayName("PLN-1 §12 an installment that would fall due past year 9999 is VALIDATION")
    void pln1_installment_past_9999() {
        Document invoice = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC,
                jane.id(), LocalDate.of(9999, 1, 1)).line(Line.of("Print", 1, f.m("100.00"))));
        StudioException e = f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, invoice.id(), 12,
                PaymentPlan.Frequency.MONTHLY, LocalDate.of(9999, 2, 28)));
        assertThat(e.getMessage()).contains("installment 12").contains("9999-12-31");
        assertThat(f.studio.invoices().plan(OWNER, invoice.id(), 11, PaymentPlan.Frequency.MONTHLY,
                LocalDate.of(9999, 2, 28)).plan().installments()).last()
                .extracting(PaymentPlan.Installment::due).isEqualTo(LocalDate.of(9999, 12, 28));
    }

    @Test
    @DisplayName("PRD-1 the built-in Print and Generic order types always exist; a studio's own types add or redefine")
    void prd1_built_in_types_stay() {
        OrderType framing = OrderType.standard("Framing");
        OrderType print = new OrderType("Print", List.of("Sent", "Back"), List.of(), 3, true);
        StudioSettings settings = StudioSettings.defaults("USD").toBuilder().orderTypes(List.of(framing, print))
                .build();
        assertThat(settings.orderTypes()).containsOnlyKeys("Print", "Generic", "Framing");
        assertThat(settings.orderTypes().get("Print").statuses()).containsExactly("Sent", "Back");
        assertThat(settings.orderTypes().get("Generic")).isEqualTo(OrderType.standard("Generic"));
        StudioFixture other = new StudioFixture(settings);
        Client tom = other.client("Tom");
        Document invoice = other.invoice(tom, "10.00");
        assertThat(other.studio.production().create(OWNER, invoice.id(), "Lab", OrderKind.WORK_ORDER, "Generic", 0,
                null, null, null).status()).isEqualTo("Ordered");
    }

    @Test
    @DisplayName("PRD-1 two order types with one name are refused (VALIDATION)")
    void prd1_duplicate_names() {
        StudioFixture.refusedWith(ErrorCode.VALIDATION, () -> StudioSettings.defaults("USD").toBuilder()
                .orderTypes(List.of(OrderType.standard("Framing"), OrderType.standard("Framing"))));
    }

    @Test
    @DisplayName("PRD-1 no orders on estimates or credit memos (WRONG_DOCUMENT_TYPE) or void documents (NOT_FOUND)")
    void prd1_only_live_invoices() {
        Document invoice = f.invoice(jane, "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false, null, "return");
        Document estimate = estimate("20.00");
        Document gone = f.invoice(jane, "5.00");
        f.studio.invoices().voidDocument(OWNER, gone.id());
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> f.studio.production().create(OWNER, estimate.id(), "Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> f.studio.production().create(OWNER, memo.id(), "Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null));
        f.refused(ErrorCode.NOT_FOUND, () -> f.studio.production().create(OWNER, gone.id(), "Lab",
                OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null));
    }

    @Test
    @DisplayName("ERR-1 a date relative to another record (DOC-14) is checked after PERIOD_CLOSED")
    void err1_relative_date_after_period() {
        Document invoice = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC,
                jane.id(), day(10)).line(Line.of("Print", 1, f.m("100.00"))));
        Receipt deposit = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.m("50.00")).method("Cash")
                .on(day(10)));
        f.store.saveLockDate(day(5));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.money().pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash").on(day(4))));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> f.studio.money().applyDeposit(OWNER,
                ApplyDeposit.of(deposit.movement().id(), invoice.id(), f.m("1.00")).on(day(4))));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> f.studio.money().refundDeposit(OWNER,
                RefundDeposit.of(deposit.movement().id(), f.m("1.00")).method("Cash").on(day(4))));
        f.refused(ErrorCode.PERIOD_CLOSED,
                () -> f.studio.money().writeOff(OWNER, WriteOff.of(invoice.id(), f.m("1.00")).on(day(4))));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash").on(day(6))));
    }
}
