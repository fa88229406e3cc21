package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.Payments;

@DisplayName("TRF-1 transfer of a credit balance")
class TransferScenarioTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("TRF-1 a 100.00 credit memo gives 60.00 to its invoice and 30.00 to another client's invoice; more is OVER_APPLICATION")
    void trf1_transfer_credit_balance() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, true, null, "reshoot");
        assertThat(f.balance(memo)).isEqualTo(f.m("-100.00"));

        Receipt first = money.transfer(CLERK, Transfer.of(memo.id(), invoice.id(), f.m("60.00")).on(day(1)));
        assertThat(first.movement().kind()).isEqualTo(MovementKind.TRANSFER);
        assertThat(first.balance()).as("source").isEqualTo(f.m("-40.00"));
        assertThat(first.targetBalance()).isEqualTo(f.m("40.00"));
        assertThat(f.balance(memo)).isEqualTo(f.m("-40.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("40.00"));

        // over the source's credit (40.00) and over the target's balance due (40.00)
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), invoice.id(),
                f.m("40.01")).on(day(1))));
        Document other = f.invoice(f.client("John Roe"), "30.00");
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), other.id(),
                f.m("30.01")).on(day(1))));

        // any client of the studio
        money.transfer(OWNER, Transfer.of(memo.id(), other.id(), f.m("30.00")).on(day(1)));
        assertThat(f.balance(memo)).isEqualTo(f.m("-10.00"));
        assertThat(f.balance(other)).isEqualTo(f.m("0.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("40.00"));
    }

    @Test
    @DisplayName("TRF-1 no transfer from a document without credit, to an estimate, to itself or before a document's date")
    void trf1_refusals() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Document second = f.invoice(jane, "50.00");
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.transfer(OWNER, Transfer.of(invoice.id(), second.id(),
                f.m("1.00")).on(DAY)));
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, true, null, "reshoot");
        Document estimate = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE,
                jane.id(), DAY).line(Line.of("Print", 1, f.m("10.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.transfer(OWNER, Transfer.of(memo.id(), estimate.id(),
                f.m("1.00")).on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), memo.id(), f.m("1.00"))
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), second.id(), f.m("1.00"))
                .on(DAY.minusDays(1))));
        f.refused(ErrorCode.NOT_FOUND, () -> money.transfer(OWNER, Transfer.of(memo.id(), 999_999, f.m("1.00"))
                .on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.transfer(OWNER, Transfer.of(memo.id(), second.id(), f.m("0.00"))
                .on(DAY)));
    }
}
