package org.studiokit.core.document;

import static org.studiokit.core.StudioFixture.OWNER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.party.Client;

/** MON-1 §12: amounts beyond what a record may carry are refused with VALIDATION, never an overflow. */
class AmountLimitsTest {

    @Test
    @DisplayName("MON-1 a line whose gross exceeds the record limit is refused with VALIDATION and changes nothing")
    void hugeLineIsRefused() {
        StudioFixture f = StudioFixture.usd();
        Client c = f.studio.clients().create(OWNER, "Big Spender");
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, c.id(), StudioFixture.DAY)
                .line(Line.of("Print", 1_000_000, f.m("999999999999999.99")));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER, draft));
        DocumentDraft justOver = DocumentDraft.forClient(DocumentType.GENERIC, c.id(), StudioFixture.DAY)
                .line(Line.of("Print", 1, f.m("100000000000.01")));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.invoices().create(OWNER, justOver));
    }

    @Test
    @DisplayName("MON-1 a payment above the record limit is refused with VALIDATION")
    void hugePaymentIsRefused() {
        StudioFixture f = StudioFixture.usd();
        Client c = f.studio.clients().create(OWNER, "Big Spender");
        f.refused(ErrorCode.VALIDATION, () -> f.studio.money().deposit(OWNER, Deposit.of(c.id(),
                f.m("100000000000.01")).method("Cash").on(StudioFixture.DAY)));
    }
}
