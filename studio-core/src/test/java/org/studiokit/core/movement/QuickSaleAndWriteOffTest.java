package org.studiokit.core.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.MANAGER;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Clients;
import org.studiokit.core.service.Payments;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;

@DisplayName("DOC-10 quick sales and DOC-11 write-offs")
class QuickSaleAndWriteOffTest {
    private final StudioFixture f = new StudioFixture(StudioSettings.defaults("USD").toBuilder()
            .taxRate(TaxRate.of("ST", "State", "10", null)).defaultTaxes(List.of("ST")).build());
    private final Payments money = f.studio.money();

    @Test
    @DisplayName("DOC-10 a quick sale is a generic invoice for the Quick Sale client, paid in full: balance 0")
    void doc10_quick_sale() {
        Receipt sale = money.quickSale(CLERK, QuickSale.of(List.of(Line.of("Print", 2, f.m("12.50")))).method("Cash")
                .on(DAY));
        Document doc = sale.document();
        Client quick = f.studio.clients().get(doc.clientId());
        assertThat(quick.quickSale()).isTrue();
        assertThat(quick.name()).isEqualTo(Clients.QUICK_SALE);
        assertThat(quick).isEqualTo(f.studio.clients().quickSaleClient());
        assertThat(doc.type()).isEqualTo(DocumentType.GENERIC);
        assertThat(doc.sessionId()).isNull();
        // 25.00 + 10 % tax
        assertThat(doc.total()).isEqualTo(f.m("27.50"));
        assertThat(sale.movement().kind()).isEqualTo(MovementKind.PAYMENT);
        assertThat(sale.movement().amount()).isEqualTo(f.m("27.50"));
        assertThat(sale.movement().documentId()).isEqualTo(doc.id());
        assertThat(sale.balance()).isEqualTo(f.m("0.00"));
        assertThat(f.balance(doc)).isEqualTo(f.m("0.00"));
        assertThat(f.store.clients().all().stream().filter(Client::quickSale)).hasSize(1);
    }

    @Test
    @DisplayName("DOC-10 a quick sale needs SELL and RECEIVE_PAYMENT, a total above zero and a known method")
    void doc10_refusals() {
        Actor seller = new Actor("seller", Set.of(Permission.SELL));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.quickSale(seller, QuickSale.of(List.of(Line.of("Print", 1,
                f.m("1.00")))).method("Cash").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", 1,
                f.m("0.00")))).method("Cash").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.quickSale(OWNER, QuickSale.of(List.of()).method("Cash").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", 1,
                f.m("1.00")))).method("IOU").on(DAY)));
        f.refused(ErrorCode.VALIDATION, () -> money.quickSale(OWNER, QuickSale.of(List.of(Line.of("Print", -1,
                f.m("1.00")))).method("Cash").on(DAY)));
    }

    @Test
    @DisplayName("DOC-11 writing off 20.00 of a 30.00 balance: a non-taxable write-off credit memo whose credit moves to the invoice")
    void doc11_write_off() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        assertThat(invoice.total()).isEqualTo(f.m("110.00"));
        money.pay(OWNER, Pay.of(invoice.id(), f.m("80.00")).method("Cash").on(DAY));
        assertThat(f.balance(invoice)).isEqualTo(f.m("30.00"));

        Receipt w = money.writeOff(MANAGER, WriteOff.of(invoice.id(), f.m("20.00")).on(day(1)));
        Document memo = w.document();
        assertThat(memo.type()).isEqualTo(DocumentType.CREDIT_MEMO);
        assertThat(memo.writeOff()).isTrue();
        assertThat(memo.originalId()).isEqualTo(invoice.id());
        assertThat(memo.clientId()).isEqualTo(jane.id());
        assertThat(memo.lines()).hasSize(1);
        assertThat(memo.lines().get(0).item()).isEqualTo(f.studio.settings().writeOffItem());
        assertThat(memo.lines().get(0).taxes()).as("non-taxable").isEmpty();
        assertThat(memo.totals().tax()).isEqualTo(f.m("0.00"));
        assertThat(memo.total()).isEqualTo(f.m("-20.00"));
        assertThat(w.movement().kind()).isEqualTo(MovementKind.TRANSFER);
        assertThat(w.movement().documentId()).isEqualTo(memo.id());
        assertThat(w.movement().targetId()).isEqualTo(invoice.id());
        assertThat(w.balance()).isEqualTo(f.m("0.00"));
        assertThat(w.targetBalance()).isEqualTo(f.m("10.00"));
        assertThat(f.balance(invoice)).isEqualTo(f.m("10.00"));
        assertThat(f.balance(memo)).isEqualTo(f.m("0.00"));
        assertThat(f.studio.audit().entries()).extracting(AuditEntry::action).contains("WRITE_OFF");

        // over the remaining balance, by a clerk, on an estimate
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("10.01"))
                .on(day(1))));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> money.writeOff(CLERK, WriteOff.of(invoice.id(), f.m("10.00"))
                .on(day(1))));
        Document estimate = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE,
                jane.id(), DAY).line(Line.of("Print", 1, f.m("10.00"))));
        f.refused(ErrorCode.WRONG_DOCUMENT_TYPE, () -> money.writeOff(OWNER, WriteOff.of(estimate.id(), f.m("1.00"))
                .on(day(1))));
        f.refused(ErrorCode.VALIDATION, () -> money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("1.00"))
                .on(DAY.minusDays(1))));

        money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("10.00")).on(day(2)));
        assertThat(f.balance(invoice)).isEqualTo(f.m("0.00"));
        f.refused(ErrorCode.OVER_APPLICATION, () -> money.writeOff(OWNER, WriteOff.of(invoice.id(), f.m("0.01"))
                .on(day(2))));
    }
}
