package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Invoices;

@DisplayName("DOC-15 the delivered date: SELL, audited, allowed on posted documents, never in a closed period")
class DeliveredDateTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Invoices invoices = f.studio.invoices();
    private final Client jane = f.client("Jane Doe");

    @Test
    @DisplayName("DOC-15 needs SELL (PERMISSION_DENIED otherwise) and is audited with the old and the new date")
    void doc15_permission_and_audit() {
        Document invoice = f.invoice(jane, "100.00");
        Actor cashier = new Actor("cashier", Set.of(Permission.RECEIVE_PAYMENT));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> invoices.markDelivered(cashier, invoice.id(), day(2)));
        invoices.markDelivered(CLERK, invoice.id(), day(2));
        invoices.markDelivered(CLERK, invoice.id(), day(3));
        assertThat(f.studio.audit().entries()).filteredOn(e -> e.action().equals("DELIVERED"))
                .extracting(AuditEntry::before, AuditEntry::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", day(2).toString()),
                        org.assertj.core.groups.Tuple.tuple(day(2).toString(), day(3).toString()));
        assertThat(f.studio.audit().verify().valid()).isTrue();
    }

    @Test
    @DisplayName("DOC-15 allowed on a posted, locked document")
    void doc15_posted_document() {
        Document invoice = f.invoice(jane, "100.00");
        f.store.documents().save(invoice.withLock(LockState.UNPOSTED.postedIn(1)));
        Document delivered = invoices.markDelivered(CLERK, invoice.id(), day(4));
        assertThat(delivered.delivered()).isEqualTo(day(4));
        assertThat(delivered.lock().locked()).isTrue();
    }

    @Test
    @DisplayName("DOC-15 refused on estimates and credit memos (WRONG_DOCUMENT_TYPE)")
    void doc15_wrong_types() {
        Document invoice = f.invoice(jane, "100.00");
        Document estimate = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(Line.of("Print", 1, f.m("20.00"))));
        Document memo = invoices.creditMemo(OWNER, invoice.id(), DAY, false, null, "return");
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> invoices.markDelivered(OWNER, estimate.id(), day(1)));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> invoices.markDelivered(OWNER, memo.id(), day(1)));
    }

    @Test
    @DisplayName("DOC-15 LCK-3 neither the new nor the old date may be on or before the lock date (PERIOD_CLOSED)")
    void doc15_closed_period() {
        Document invoice = f.invoice(jane, "100.00");
        Document other = f.invoice(jane, "10.00");
        invoices.markDelivered(OWNER, invoice.id(), day(5));
        f.store.saveLockDate(day(5));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> invoices.markDelivered(OWNER, invoice.id(), day(6)));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> invoices.markDelivered(OWNER, other.id(), day(5)));
        assertThat(invoices.markDelivered(OWNER, other.id(), day(6)).delivered()).isEqualTo(day(6));
    }

    @Test
    @DisplayName("DOC-15 DOC-12 refused on a void document (NOT_FOUND naming its number)")
    void doc15_void() {
        Document invoice = f.invoice(jane, "100.00");
        invoices.voidDocument(OWNER, invoice.id());
        f.refused(ErrorCode.NOT_FOUND, () -> invoices.markDelivered(OWNER, invoice.id(), day(1)));
    }

    @Test
    @DisplayName("DOC-15 ERR-1 a closed period is reported before the type and the date relative to the document")
    void doc15_error_order() {
        Document estimate = invoices.create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, jane.id(), DAY)
                .line(Line.of("Print", 1, f.m("20.00"))));
        f.store.saveLockDate(day(5));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> invoices.markDelivered(OWNER, estimate.id(), DAY.minusDays(1)));
    }
}
