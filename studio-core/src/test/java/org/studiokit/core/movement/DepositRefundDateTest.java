package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;

/** DEP-4 DOC-14: a deposit refund, its application and its $0 invoice keep one date. */
class DepositRefundDateTest {

    @Test
    @DisplayName("DEP-4 moving a deposit refund's date moves its application and $0 invoice; never past other money on it")
    void refundDateMovesItsInvoice() {
        StudioFixture f = StudioFixture.usd();
        Client ann = f.client("Ann");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(ann.id(), f.m("100.00")).method("Cash").on(day(1)));
        Receipt refund = f.studio.money().refundDeposit(OWNER, RefundDeposit.of(dep.movement().id(), f.m("40.00"))
                .method("Cash").on(day(1)));
        Document zero = refund.document();
        f.studio.money().edit(OWNER, refund.movement().id(), day(2), null, null);
        assertThat(f.studio.invoices().get(zero.id()).date()).isEqualTo(day(2));
        assertThat(f.studio.money().get(refund.application().id()).date()).isEqualTo(day(2));

        f.studio.invoices().edit(OWNER, zero.id(), new DocumentChange(null, List.of(Line.of("Print", 1,
                f.m("50.00"))), null, null, null));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), zero.id(), f.m("10.00")).on(day(2)));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.money().edit(OWNER, refund.movement().id(), day(4), null,
                null));
    }
}
