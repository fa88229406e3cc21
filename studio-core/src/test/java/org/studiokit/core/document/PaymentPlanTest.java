package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.OWNER;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.PaymentPlan.Frequency;
import org.studiokit.core.document.PaymentPlan.Installment;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;

@DisplayName("PLN-1 payment plans")
class PaymentPlanTest {
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private final StudioFixture f = StudioFixture.usd();

    private static Money usd(String amount) {
        return Money.parse(amount, Currency.getInstance("USD"));
    }

    private static List<String> rows(List<Installment> installments) {
        return installments.stream().map(i -> i.due() + " " + i.amount()).toList();
    }

    private Document invoice(Client c, String price) {
        return f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, c.id(), JAN_5)
                .line(Line.of("Album", 1, f.m(price))));
    }

    @Test
    @DisplayName("PLN-1 100.00 in 3 monthly payments from Jan 31 is 33.33, 33.33, 33.34 due Jan 31, Feb 28, Mar 31")
    void pln1_monthly_split_and_month_end_clamp() {
        Document doc = invoice(f.client("Jane Doe"), "100.00");
        Document planned = f.studio.invoices().plan(CLERK, doc.id(), 3, Frequency.MONTHLY, JAN_31);
        assertThat(rows(planned.plan().installments()))
                .containsExactly("2026-01-31 33.33", "2026-02-28 33.33", "2026-03-31 33.34");
        assertThat(f.balance(planned)).as("a plan is not money").isEqualTo(f.m("100.00"));
    }

    @Test
    @DisplayName("PLN-1 in a leap year the clamp lands on Feb 29")
    void pln1_leap_year() {
        PaymentPlan plan = PaymentPlan.of(usd("100.00"), 4, Frequency.MONTHLY, LocalDate.of(2028, 1, 31));
        assertThat(rows(plan.installments())).containsExactly("2028-01-31 25.00", "2028-02-29 25.00",
                "2028-03-31 25.00", "2028-04-30 25.00");
    }

    @Test
    @DisplayName("PLN-1 weekly plans fall due every 7 days, bi-weekly every 14; the last installment takes the rest")
    void pln1_weekly_and_biweekly() {
        LocalDate first = LocalDate.of(2026, 2, 20);
        assertThat(rows(PaymentPlan.of(usd("10.00"), 3, Frequency.WEEKLY, first).installments()))
                .containsExactly("2026-02-20 3.33", "2026-02-27 3.33", "2026-03-06 3.34");
        assertThat(rows(PaymentPlan.of(usd("10.01"), 2, Frequency.BIWEEKLY, first).installments()))
                .containsExactly("2026-02-20 5.00", "2026-03-06 5.01");
        assertThat(rows(PaymentPlan.of(usd("0.03"), 2, Frequency.WEEKLY, first).installments()))
                .containsExactly("2026-02-20 0.01", "2026-02-27 0.02");
        assertThat(rows(PaymentPlan.of(usd("99.99"), 1, Frequency.WEEKLY, first).installments()))
                .containsExactly("2026-02-20 99.99");
    }

    @Test
    @DisplayName("PLN-1 received payments fill installments in date order; the query lists what is due or overdue")
    void pln1_due_installments() {
        Document doc = invoice(f.client("Jane Doe"), "100.00");
        f.studio.invoices().plan(OWNER, doc.id(), 3, Frequency.MONTHLY, JAN_31);
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), JAN_5))).isEmpty();
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), JAN_31))).containsExactly("2026-01-31 33.33");
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), LocalDate.of(2026, 2, 28))))
                .containsExactly("2026-01-31 33.33", "2026-02-28 33.33");

        f.studio.money().pay(OWNER, Pay.of(doc.id(), f.m("40.00")).method("Cash").on(LocalDate.of(2026, 2, 1)));
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), JAN_31)))
                .as("a later payment does not count yet").containsExactly("2026-01-31 33.33");
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), LocalDate.of(2026, 2, 28))))
                .containsExactly("2026-02-28 26.66");
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), LocalDate.of(2026, 3, 31))))
                .containsExactly("2026-02-28 26.66", "2026-03-31 33.34");

        f.studio.money().pay(OWNER, Pay.of(doc.id(), f.m("60.00")).method("Cash").on(LocalDate.of(2026, 3, 1)));
        assertThat(f.studio.invoices().dueInstallments(doc.id(), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    @DisplayName("PLN-1 a plan covers the balance due, not the total: 100.00 less 10.00 paid is 3 × 30.00")
    void pln1_plans_the_balance() {
        Document doc = invoice(f.client("Jane Doe"), "100.00");
        f.studio.money().pay(OWNER, Pay.of(doc.id(), f.m("10.00")).method("Cash").on(JAN_5));
        Document planned = f.studio.invoices().plan(OWNER, doc.id(), 3, Frequency.BIWEEKLY, JAN_31);
        assertThat(rows(planned.plan().installments()))
                .containsExactly("2026-01-31 30.00", "2026-02-14 30.00", "2026-02-28 30.00");
        assertThat(rows(f.studio.invoices().dueInstallments(doc.id(), JAN_31))).containsExactly("2026-01-31 30.00");
    }

    @Test
    @DisplayName("PLN-1 no plan without a balance due, with a bad count, or on an estimate")
    void pln1_refusals() {
        Client jane = f.client("Jane Doe");
        Document doc = invoice(jane, "100.00");
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, doc.id(), 0, Frequency.WEEKLY, JAN_31));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, doc.id(), 2, null, JAN_31));
        f.studio.money().pay(OWNER, Pay.of(doc.id(), f.m("100.00")).method("Cash").on(JAN_5));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().plan(OWNER, doc.id(), 2, Frequency.WEEKLY, JAN_31));
        Document estimate = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE,
                jane.id(), JAN_5).line(Line.of("Album", 1, f.m("10.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> f.studio.invoices().plan(OWNER, estimate.id(), 2,
                Frequency.WEEKLY, JAN_31));
    }
}
