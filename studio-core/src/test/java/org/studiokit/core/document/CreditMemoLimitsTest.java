package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Invoices;

@DisplayName("DOC-9 a credit memo from an original: same client, dated on or after it, credits at most its total")
class CreditMemoLimitsTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Invoices invoices = f.studio.invoices();
    private final Client jane = f.client("Jane Doe");
    private final Client tom = f.client("Tom Roe");

    private DocumentDraft memo(Client client, long original, String amount) {
        return DocumentDraft.forClient(DocumentType.CREDIT_MEMO, client.id(), DAY)
                .line(Line.of("Print", -1, f.m(amount))).withOriginal(original, "returned");
    }

    @Test
    @DisplayName("DOC-9 a credit memo for another client than the original's bill-to is WRONG_CLIENT")
    void doc9_same_client() {
        Document invoice = f.invoice(jane, "100.00");
        f.refused(ErrorCode.WRONG_CLIENT, () -> invoices.create(OWNER, memo(tom, invoice.id(), "10.00")));
        assertThat(invoices.create(OWNER, memo(jane, invoice.id(), "10.00")).clientId()).isEqualTo(jane.id());
    }

    @Test
    @DisplayName("DOC-9 a credit memo dated before its original is VALIDATION, on its date it is accepted")
    void doc9_dated_on_or_after() {
        Document invoice = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), day(5))
                .line(Line.of("Print", 1, f.m("50.00"))));
        f.refused(ErrorCode.VALIDATION, () -> invoices.creditMemo(OWNER, invoice.id(), day(4), false, null, "early"));
        f.refused(ErrorCode.VALIDATION, () -> invoices.create(OWNER, memo(jane, invoice.id(), "5.00")));
        assertThat(invoices.creditMemo(OWNER, invoice.id(), day(5), false, null, "same day").date())
                .isEqualTo(day(5));
    }

    @Test
    @DisplayName("DOC-9 all live credit memos from one original credit at most its total (OVER_APPLICATION); a void one frees its part")
    void doc9_at_most_the_total() {
        Document invoice = f.invoice(jane, "100.00");
        Document first = invoices.create(OWNER, memo(jane, invoice.id(), "60.00"));
        f.refused(ErrorCode.OVER_APPLICATION, () -> invoices.create(OWNER, memo(jane, invoice.id(), "40.01")));
        f.refused(ErrorCode.OVER_APPLICATION,
                () -> invoices.creditMemo(OWNER, invoice.id(), DAY, false, null, "the whole again"));
        Document second = invoices.create(OWNER, memo(jane, invoice.id(), "40.00"));
        assertThat(second.total()).isEqualTo(f.m("-40.00"));
        invoices.voidDocument(OWNER, first.id());
        assertThat(invoices.creditMemo(OWNER, invoice.id(), DAY, false,
                List.of(Line.of("Print", -1, f.m("60.00"))), "again").total()).isEqualTo(f.m("-60.00"));
    }

    @Test
    @DisplayName("DOC-9 edits keep the rule: a memo may not grow past its original, nor the original shrink below its memos")
    void doc9_edits() {
        Document invoice = f.invoice(jane, "100.00");
        Document memo = invoices.create(OWNER, memo(jane, invoice.id(), "60.00"));
        f.refused(ErrorCode.OVER_APPLICATION, () -> invoices.edit(OWNER, memo.id(),
                new DocumentChange(null, List.of(Line.of("Print", -1, f.m("100.01"))), null, null, null)));
        f.refused(ErrorCode.OVER_APPLICATION, () -> invoices.edit(OWNER, invoice.id(),
                new DocumentChange(null, List.of(Line.of("Print", 1, f.m("59.99"))), null, null, null)));
        f.refused(ErrorCode.VALIDATION, () -> invoices.edit(OWNER, invoice.id(),
                new DocumentChange(day(1), null, null, null, null)));
        f.refused(ErrorCode.VALIDATION, () -> invoices.edit(OWNER, memo.id(),
                new DocumentChange(DAY.minusDays(1), null, null, null, null)));
        assertThat(invoices.edit(OWNER, memo.id(), new DocumentChange(null,
                List.of(Line.of("Print", -1, f.m("100.00"))), null, null, null)).total()).isEqualTo(f.m("-100.00"));
    }

    @Test
    @DisplayName("DOC-9 DOC-12 a credit memo from a void original is NOT_FOUND naming its number")
    void doc9_void_original() {
        Document invoice = f.invoice(jane, "100.00");
        invoices.voidDocument(OWNER, invoice.id());
        var e = f.refused(ErrorCode.NOT_FOUND,
                () -> invoices.creditMemo(OWNER, invoice.id(), DAY, false, null, "void"));
        assertThat(e.getMessage()).isEqualTo("document " + invoice.number() + " is void");
        f.refused(ErrorCode.NOT_FOUND, () -> invoices.create(OWNER, memo(jane, invoice.id(), "1.00")));
    }
}
