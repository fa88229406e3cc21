package org.studiokit.core.stage1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.OrderKind;

@DisplayName("§12 messages say what is wrong and what is allowed; dates are years 0001-9999; no control characters")
class InputMessagesTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client jane = f.client("Jane Doe");

    private DocumentDraft draft(LocalDate date, Line line) {
        return DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), date).line(line);
    }

    @Test
    @DisplayName("§12 quantity 1000001 is over the limit of 1000000 (not a word about credit memos)")
    void quantity_over_limit() {
        StudioException e = f.refused(ErrorCode.VALIDATION,
                () -> f.studio.invoices().create(OWNER, draft(DAY, Line.of("Print", 1_000_001, f.m("1.00")))));
        assertThat(e.getMessage()).isEqualTo("quantity 1000001 on line 1 is over the limit of 1000000");
    }

    @Test
    @DisplayName("§12 an amount over the record limit says the limit, when parsed and when paid")
    void amount_over_limit() {
        StudioException parsed = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Money.parse("1000000000000000.00", Currency.getInstance("USD")), StudioException.class);
        assertThat(parsed.code()).isEqualTo(ErrorCode.VALIDATION);
        assertThat(parsed.getMessage())
                .isEqualTo("amount 1000000000000000.00 is over the limit of 100000000000.00");
        Document invoice = f.invoice(jane, "10.00");
        StudioException paid = f.refused(ErrorCode.VALIDATION, () -> f.studio.money().pay(OWNER, Pay.of(invoice.id(),
                f.m("100000000000.01")).method("Cash").on(DAY)));
        assertThat(paid.getMessage()).isEqualTo("amount 100000000000.01 is over the limit of 100000000000.00");
    }

    @Test
    @DisplayName("§12 dates are years 0001 to 9999 on documents, money and sessions (VALIDATION)")
    void dates_within_range() {
        LocalDate tooLate = LocalDate.of(10000, 1, 1);
        LocalDate tooEarly = LocalDate.of(0, 12, 31);
        Document invoice = f.invoice(jane, "10.00");
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.invoices().create(OWNER, draft(tooLate, Line.of("Print", 1, f.m("1.00")))));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.invoices().create(OWNER, draft(tooEarly, Line.of("Print", 1, f.m("1.00")))));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().pay(OWNER, Pay.of(invoice.id(), f.m("1.00")).method("Cash").on(tooLate)));
        f.refused(ErrorCode.VALIDATION,
                () -> f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.m("1.00")).method("Cash").on(tooLate)));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.sessions().book(OWNER, jane.id(), "Family", tooLate, "Ann"));
        StudioException e = f.refused(ErrorCode.VALIDATION,
                () -> f.studio.invoices().markDelivered(OWNER, invoice.id(), tooLate));
        assertThat(e.getMessage()).contains("years 0001 to 9999");
        assertThat(f.studio.invoices().create(OWNER, draft(LocalDate.of(9999, 12, 31),
                Line.of("Print", 1, f.m("1.00")))).date()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    @DisplayName("§12 names and text fields refuse control characters other than tab (VALIDATION)")
    void control_characters() {
        Document invoice = f.invoice(jane, "10.00");
        f.refused(ErrorCode.VALIDATION, () -> f.studio.clients().create(OWNER, "Jane\u0000Doe"));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.clients().create(OWNER, "Jane", "a\nb@example.com", null));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER, draft(DAY,
                new Line("Print", "line\r\nbreak", null, null, 1, f.m("1.00"), null, null))));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER, draft(DAY,
                Line.of("Pri\u001bnt", 1, f.m("1.00")))));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, false, null,
                "bad\u0007reason"));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.money().pay(OWNER, Pay.of(invoice.id(), f.m("1.00"))
                .method("Cash").on(DAY).reference("chk\u0085")));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.sessions().book(OWNER, jane.id(), "Family", DAY, "A\nnn"));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.production().create(OWNER, invoice.id(), "La\u0000b",
                OrderKind.PURCHASE_ORDER, "Print", 0, null, null, null));
        assertThat(f.studio.clients().create(OWNER, "Jane\tDoe").name()).isEqualTo("Jane\tDoe");
    }
}
