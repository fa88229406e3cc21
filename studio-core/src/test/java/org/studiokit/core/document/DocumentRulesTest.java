package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Identified;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.QuickSale;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.service.Invoices;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.Numbering;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("DOC-1 document types, DOC-2 numbering and estimate conversion")
class DocumentRulesTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Invoices invoices = f.studio.invoices();
    private final Payments money = f.studio.money();

    private DocumentDraft withLine(DocumentDraft d, String price) {
        return d.line(Line.of("Print", 1, f.m(price)));
    }

    @ParameterizedTest(name = "DOC-1 a {0} invoice without a session is refused with VALIDATION")
    @EnumSource(value = DocumentType.class, names = {"SESSION_FEE", "INITIAL_ORDER", "REORDER"})
    void doc1_session_based_needs_a_session(DocumentType type) {
        Client jane = f.client("Jane Doe");
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER,
                withLine(DocumentDraft.forClient(type, jane.id(), DAY), "10.00")));
    }

    @Test
    @DisplayName("DOC-1 a generic invoice with a session is refused with VALIDATION; an unknown session is NOT_FOUND")
    void doc1_generic_has_no_session() {
        Client jane = f.client("Jane Doe");
        Session s = f.session(jane);
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, withLine(new DocumentDraft(DocumentType.GENERIC,
                jane.id(), s.id(), DAY, List.of(), null, null, null, null, null), "10.00")));
        f.refused(ErrorCode.NOT_FOUND, () -> invoices.create(OWNER,
                withLine(DocumentDraft.forSession(DocumentType.SESSION_FEE, 999_999, DAY), "10.00")));
        f.refused(ErrorCode.NOT_FOUND, () -> invoices.create(OWNER,
                withLine(DocumentDraft.forClient(DocumentType.GENERIC, 999_999, DAY), "10.00")));
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, new DocumentDraft(DocumentType.GENERIC, null,
                null, DAY, List.of(), null, null, null, null, null)));
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, new DocumentDraft(null, jane.id(), null, DAY,
                List.of(), null, null, null, null, null)));
    }

    @Test
    @DisplayName("DOC-1 the session's client is the default bill-to of a session-based invoice")
    void doc1_session_client_is_the_bill_to() {
        Client jane = f.client("Jane Doe");
        Session s = f.session(jane);
        for (DocumentType type : List.of(DocumentType.SESSION_FEE, DocumentType.INITIAL_ORDER, DocumentType.REORDER,
                DocumentType.ESTIMATE)) {
            Document doc = invoices.create(CLERK, withLine(DocumentDraft.forSession(type, s.id(), DAY), "10.00"));
            assertThat(doc.clientId()).as(type.name()).isEqualTo(jane.id());
            assertThat(doc.sessionId()).isEqualTo(s.id());
        }
    }

    @Test
    @DisplayName("DOC-2 every document type draws from one sequence from 1001, money movements from 1, with no gaps after refusals")
    void doc2_numbering_is_one_gapless_sequence() {
        Client jane = f.client("Jane Doe");
        Session s = f.session(jane);
        Document fee = invoices.create(OWNER, withLine(DocumentDraft.forSession(DocumentType.SESSION_FEE, s.id(), DAY),
                "100.00"));
        assertThat(fee.number()).isEqualTo(1001);
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER,
                withLine(DocumentDraft.forClient(DocumentType.SESSION_FEE, jane.id(), DAY), "1.00")));
        Document estimate = invoices.create(OWNER,
                withLine(DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY), "50.00"));
        assertThat(estimate.number()).isEqualTo(1002);
        Receipt pay = money.pay(OWNER, Pay.of(fee.id(), f.m("60.00")).method("Cash").on(DAY));
        assertThat(pay.movement().number()).isEqualTo(1);
        f.refused(ErrorCode.OVERPAYMENT, () -> money.pay(OWNER, Pay.of(fee.id(), f.m("40.01")).method("Cash").on(DAY)));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.writeOff(OWNER, WriteOff.of(fee.id(), f.m("40.01")).on(DAY)));
        Receipt deposit = money.deposit(OWNER, Deposit.of(jane.id(), f.m("10.00")).method("Cash").on(DAY));
        assertThat(deposit.movement().number()).isEqualTo(2);
        f.refused(ErrorCode.OVER_REFUND, () -> money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(),
                f.m("10.01")).method("Cash").on(DAY)));
        Document memo = invoices.creditMemo(OWNER, fee.id(), DAY, true, null, "x");
        assertThat(memo.number()).isEqualTo(1003);
        Receipt writeOff = money.writeOff(OWNER, WriteOff.of(fee.id(), f.m("40.00")).on(DAY));
        assertThat(writeOff.document().number()).isEqualTo(1004);
        assertThat(writeOff.movement().number()).isEqualTo(3);
        Receipt refund = money.refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), f.m("10.00"))
                .method("Cash").on(DAY));
        assertThat(refund.document().number()).isEqualTo(1005);
        assertThat(refund.application().number()).isEqualTo(4);
        assertThat(refund.movement().number()).isEqualTo(5);
        Receipt sale = money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", 1, f.m("5.00")))).method("Cash")
                .on(DAY));
        assertThat(sale.document().number()).isEqualTo(1006);
        assertThat(sale.movement().number()).isEqualTo(6);
        Document converted = invoices.convert(OWNER, estimate.id(), DocumentType.GENERIC, null, DAY);
        assertThat(converted.number()).isEqualTo(1007);

        assertThat(f.store.documents().all()).extracting(Identified::number)
                .containsExactlyElementsOf(LongStream.rangeClosed(1001, 1007).boxed().toList());
        assertThat(f.store.movements().all()).extracting(Identified::number)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 6).boxed().toList());
    }

    @Test
    @DisplayName("DOC-2 PTY-1 the sequences start where the studio's numbering says")
    void doc2_numbering_start_is_settable() {
        StudioFixture g = new StudioFixture(StudioSettings.defaults("USD").toBuilder()
                .numbering(new Numbering(500, 1, 7001, 1, 90)).build());
        Client c = g.client("Jane Doe");
        assertThat(c.number()).isEqualTo(500);
        Document doc = g.invoice(c, "10.00");
        assertThat(doc.number()).isEqualTo(7001);
        assertThat(g.studio.money().pay(OWNER, Pay.of(doc.id(), g.m("1.00")).method("Cash")
                .on(DAY)).movement().number())
                .isEqualTo(90);
    }

    @Test
    @DisplayName("DOC-1 DOC-8 an estimate's balance is its total; it takes no payment and converts once to a generic invoice")
    void doc1_estimate_converts_to_a_generic_invoice() {
        Client jane = f.client("Jane Doe");
        Document estimate = invoices.create(OWNER,
                withLine(DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY), "100.00"));
        assertThat(estimate.total()).isEqualTo(f.m("100.00"));
        assertThat(f.balance(estimate)).as("DOC-8: an estimate takes no money").isEqualTo(f.m("100.00"));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.pay(OWNER, Pay.of(estimate.id(), f.m("1.00"))
                .method("Cash").on(DAY)));

        Document invoice = invoices.convert(CLERK, estimate.id(), DocumentType.GENERIC, null, day(1));
        assertThat(invoice.type()).isEqualTo(DocumentType.GENERIC);
        assertThat(invoice.clientId()).isEqualTo(jane.id());
        assertThat(invoice.date()).isEqualTo(day(1));
        assertThat(invoice.total()).isEqualTo(f.m("100.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("100.00"));
        Document after = invoices.get(estimate.id());
        assertThat(after.type()).isEqualTo(DocumentType.ESTIMATE);
        assertThat(after.convertedTo()).isEqualTo(invoice.id());
        assertThat(f.balance(after)).as("DOC-8 still its total").isEqualTo(f.m("100.00"));

        f.refused(ErrorCode.NO_CHANGE, () -> invoices.convert(OWNER, estimate.id(), DocumentType.GENERIC, null,
                day(1)));
    }

    @Test
    @DisplayName("DOC-1 a session estimate converts to a session invoice; a client estimate needs a session for one")
    void doc1_estimate_converts_to_a_session_invoice() {
        Client jane = f.client("Jane Doe");
        Session s = f.session(jane);
        Document sessionEstimate = invoices.create(OWNER,
                withLine(DocumentDraft.forSession(DocumentType.ESTIMATE, s.id(), DAY), "80.00"));
        Document order = invoices.convert(OWNER, sessionEstimate.id(), DocumentType.INITIAL_ORDER, null, DAY);
        assertThat(order.sessionId()).isEqualTo(s.id());
        assertThat(order.clientId()).isEqualTo(jane.id());
        assertThat(f.balance(order)).isEqualTo(f.m("80.00"));

        Document clientEstimate = invoices.create(OWNER,
                withLine(DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY), "20.00"));
        f.refused(ErrorCode.VALIDATION, () -> invoices.convert(OWNER, clientEstimate.id(), DocumentType.SESSION_FEE,
                null, DAY));
        f.refused(ErrorCode.VALIDATION, () -> invoices.convert(OWNER, clientEstimate.id(), DocumentType.CREDIT_MEMO,
                null, DAY));
        f.refused(ErrorCode.VALIDATION, () -> invoices.convert(OWNER, clientEstimate.id(), DocumentType.ESTIMATE,
                null, DAY));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> invoices.convert(OWNER, order.id(), DocumentType.GENERIC, null,
                DAY));
        Document fee = invoices.convert(OWNER, clientEstimate.id(), DocumentType.SESSION_FEE, s.id(), DAY);
        assertThat(fee.sessionId()).isEqualTo(s.id());
        assertThat(fee.total()).isEqualTo(f.m("20.00"));
    }

    @Test
    @DisplayName("DOC-14 a document may carry a delivered date, not before its own date")
    void doc14_delivered_date() {
        Document doc = f.invoice(f.client("Jane Doe"), "10.00");
        f.refused(ErrorCode.VALIDATION, () -> invoices.markDelivered(OWNER, doc.id(), DAY.minusDays(1)));
        assertThat(invoices.markDelivered(OWNER, doc.id(), day(3)).delivered()).isEqualTo(day(3));
    }
}
