package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Invoices;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;

@DisplayName("DOC-9 credit memos and REF-1 refunds")
class CreditMemoScenarioTest {
    private final StudioFixture f = new StudioFixture(StudioSettings.defaults("USD").toBuilder()
            .taxRate(TaxRate.of("ST", "State", "5", null)).defaultTaxes(List.of("ST")).allowOverpayment(true).build());
    private final Invoices invoices = f.studio.invoices();
    private final Payments money = f.studio.money();

    /** Prints 2 × 50.00 and an album 50.00, discount 15.00 (10.00 / 5.00), shipping 10.00, tax 5 % of 135.00. */
    private Document invoice(Client c) {
        Document doc = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, c.id(), DAY)
                .line(Line.of("Print", 2, f.m("50.00"))).line(Line.of("Album", 1, f.m("50.00")))
                .withDiscount(Discount.amount(f.m("15.00"))).withShipping(f.m("10.00")));
        assertThat(doc.totals().tax()).isEqualTo(f.m("6.75"));
        assertThat(doc.total()).isEqualTo(f.m("151.75"));
        return doc;
    }

    @Test
    @DisplayName("DOC-9 a credit memo from an invoice copies its lines with negative quantities, without discount and shipping")
    void doc9_lines_only() {
        Client jane = f.client("Jane Doe");
        Document discounted = invoice(jane);
        // DOC-9: the lines alone (-157.50) would credit more than the discounted invoice's total 151.75
        f.refused(ErrorCode.OVER_APPLICATION,
                () -> invoices.creditMemo(OWNER, discounted.id(), day(1), false, null, "prints were faded"));
        Document inv = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), DAY)
                .line(Line.of("Print", 2, f.m("50.00"))).line(Line.of("Album", 1, f.m("50.00"))));
        Document memo = invoices.creditMemo(OWNER, inv.id(), day(1), false, null, "prints were faded");
        assertThat(memo.type()).isEqualTo(DocumentType.CREDIT_MEMO);
        assertThat(memo.originalId()).isEqualTo(inv.id());
        assertThat(memo.reason()).isEqualTo("prints were faded");
        assertThat(memo.clientId()).isEqualTo(jane.id());
        assertThat(memo.number()).isEqualTo(inv.number() + 1);
        assertThat(memo.lines()).extracting(Line::quantity).containsExactly(-2L, -1L);
        // -150.00 with 5 % tax = -157.50
        assertThat(memo.totals().subtotal()).isEqualTo(f.m("-150.00"));
        assertThat(memo.totals().tax()).isEqualTo(f.m("-7.50"));
        assertThat(memo.total()).isEqualTo(f.m("-157.50"));
        assertThat(f.balance(memo)).isEqualTo(f.m("-157.50"));
        assertThat(f.balance(inv)).as("the original is untouched until credit moves").isEqualTo(f.m("157.50"));
    }

    @Test
    @DisplayName("DOC-9 the entire-invoice option also copies discount and shipping: the memo is exactly -151.75")
    void doc9_entire_invoice() {
        Document inv = invoice(f.client("Jane Doe"));
        Document memo = invoices.creditMemo(OWNER, inv.id(), day(1), true, null, "cancelled");
        assertThat(memo.totals().subtotal()).isEqualTo(f.m("-150.00"));
        assertThat(memo.totals().discount()).isEqualTo(f.m("-15.00"));
        assertThat(memo.totals().shipping()).isEqualTo(f.m("-10.00"));
        assertThat(memo.totals().tax()).isEqualTo(f.m("-6.75"));
        assertThat(memo.total()).isEqualTo(f.m("-151.75"));
        assertThat(memo.total()).isEqualTo(inv.total().negate());
    }

    @Test
    @DisplayName("DOC-9 lines may be set to 0 or removed: one print back is -50.00 - 2.50 tax")
    void doc9_lines_set_to_zero_or_removed() {
        Document inv = invoice(f.client("Jane Doe"));
        Document memo = invoices.creditMemo(OWNER, inv.id(), day(1), false,
                List.of(Line.of("Print", -1, f.m("50.00")), Line.of("Album", 0, f.m("50.00"))), "one print");
        assertThat(memo.total()).isEqualTo(f.m("-52.50"));
        f.refused(ErrorCode.VALIDATION, () -> invoices.creditMemo(OWNER, inv.id(), day(1), false,
                List.of(Line.of("Print", 1, f.m("50.00"))), "positive quantity"));
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, DocumentDraft
                .forClient(DocumentType.CREDIT_MEMO, inv.clientId(), DAY).line(Line.of("Print", 1, f.m("1.00")))));
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, DocumentDraft
                .forClient(DocumentType.GENERIC, inv.clientId(), DAY).line(Line.of("Print", -1, f.m("1.00")))));
    }

    @Test
    @DisplayName("DOC-9 a credit memo needs REFUND and an invoice as its original")
    void doc9_refusals() {
        Client jane = f.client("Jane Doe");
        Document inv = invoice(jane);
        f.refused(ErrorCode.PERMISSION_DENIED, () -> invoices.creditMemo(CLERK, inv.id(), day(1), true, null, "x"));
        Document estimate = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(Line.of("Print", 1, f.m("10.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> invoices.creditMemo(OWNER, estimate.id(), day(1), true, null,
                "x"));
        Document memo = invoices.creditMemo(OWNER, inv.id(), day(1), true, null, "x");
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> invoices.creditMemo(OWNER, memo.id(), day(1), true, null,
                "memo of a memo"));
        f.refused(ErrorCode.NOT_FOUND, () -> invoices.creditMemo(OWNER, 999_999, day(1), true, null, "x"));
    }

    @Test
    @DisplayName("REF-1 a credit memo's credit is refunded: 100.00 then 51.75; more is refused with OVER_REFUND")
    void ref1_refund_of_a_credit_memo() {
        Document inv = invoice(f.client("Jane Doe"));
        Document memo = invoices.creditMemo(OWNER, inv.id(), day(1), true, null, "cancelled");
        Receipt first = money.refund(OWNER, Refund.of(memo.id(), f.m("100.00")).method("Check").on(day(1))
                .reference("check 101"));
        assertThat(first.movement().kind()).isEqualTo(MovementKind.REFUND);
        assertThat(first.balance()).isEqualTo(f.m("-51.75"));
        assertThat(f.balance(memo)).isEqualTo(f.m("-51.75"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(memo.id(), f.m("51.76")).method("Check")
                .on(day(1))));
        money.refund(OWNER, Refund.of(memo.id(), f.m("51.75")).method("Cash").on(day(2)));
        assertThat(f.balance(memo)).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(memo.id(), f.m("0.01")).method("Cash")
                .on(day(2))));
        assertThat(f.balance(inv)).isEqualTo(f.m("151.75"));
    }

    @Test
    @DisplayName("REF-1 an invoice is refundable only when its balance went negative, and only up to that credit")
    void ref1_refund_of_an_overpaid_invoice() {
        Document inv = invoice(f.client("Jane Doe"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(inv.id(), f.m("1.00")).method("Cash")
                .on(DAY)));
        money.pay(OWNER, Pay.of(inv.id(), f.m("171.75")).method("Cash").on(DAY));
        assertThat(f.balance(inv)).isEqualTo(f.m("-20.00"));
        f.refused(ErrorCode.OVER_REFUND, () -> money.refund(OWNER, Refund.of(inv.id(), f.m("20.01")).method("Cash")
                .on(DAY)));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.refund(CLERK, Refund.of(inv.id(), f.m("20.00"))
                .method("Cash").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.refund(OWNER, Refund.of(inv.id(), f.m("20.00")).method("Cash")
                .on(DAY.minusDays(1))));
        money.refund(OWNER, Refund.of(inv.id(), f.m("20.00")).method("Cash").on(DAY));
        assertThat(f.balance(inv)).isEqualTo(f.m("0.00"));
    }
}
