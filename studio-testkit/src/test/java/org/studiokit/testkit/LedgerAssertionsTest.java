package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.testkit.LedgerAssertions.assertThatLedger;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.LockState;
import org.studiokit.core.Studio;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.RefundDeposit;
import org.studiokit.core.movement.Unapply;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.TamperedStore;

@DisplayName("LedgerAssertions recompute the ledger from the raw records and catch broken states")
class LedgerAssertionsTest {
    private static final Actor OWNER = Who.OWNER.actor();
    private static final LocalDate DAY = World.START;

    private Studio studio;
    private Client jane;
    /** The test's own handle on the studio's store, to plant raw records the facade would refuse. */
    private InMemoryStore store;
    /** The same store as the studio reads it, where the test edits an audit row behind its back. */
    private TamperedStore tampered;
    private Document invoice;
    private Receipt deposit;

    private Money usd(String s) {
        return Money.parse(s, studio.settings().currency());
    }

    @BeforeEach
    void scenario() {
        store = new InMemoryStore(StudioSettings.defaults("USD"));
        tampered = new TamperedStore(store);
        studio = Studio.of(tampered, java.time.Clock.fixed(DAY.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC), org.studiokit.core.IdSource.sequential());
        jane = studio.clients().create(OWNER, "Jane Doe");
        invoice = studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), DAY)
                .line(Line.of("Print", 1, usd("100.00"))));
        deposit = studio.money().deposit(OWNER, Deposit.of(jane.id(), usd("50.00")).method("Cash").on(DAY));
        studio.money().applyDeposit(OWNER, ApplyDeposit.of(deposit.movement().id(), invoice.id(), usd("30.00"))
                .on(DAY));
        Receipt pay = studio.money().pay(OWNER, Pay.of(invoice.id(), usd("20.00")).method("Cash").on(DAY));
        studio.money().unapply(OWNER, Unapply.of(pay.movement().id()).on(DAY));
        studio.money().refundDeposit(OWNER, RefundDeposit.of(deposit.movement().id(), usd("20.00")).method("Cash")
                .on(DAY));
        studio.money().writeOff(OWNER, WriteOff.of(invoice.id(), usd("10.00")).on(DAY));
    }

    private MoneyMovement raw(MovementKind kind, String amount, Long doc, Long source) {
        long id = 1_000 + store.movements().size();
        return new MoneyMovement(id, store.peekNumber(org.studiokit.core.store.Sequence.MOVEMENT), kind, DAY,
                usd(amount), null, null, "x", null, jane.id(), doc, null, source, null, false, LockState.UNPOSTED);
    }

    @Test
    @DisplayName("a studio driven through its API is consistent, and DOC-8 is recomputed by hand")
    void consistent_studio() {
        assertThatLedger(studio).isConsistent().totalsRepriceExactly();
        // 100.00 − 30.00 applied − 20.00 paid + 20.00 un-applied − 10.00 written off
        assertThat(LedgerAssertions.expectedBalance(invoice, store.movements().all()))
                .isEqualTo(usd("60.00"));
        assertThat(LedgerAssertions.expectedRemaining(deposit.movement(), store.movements().all()))
                .isEqualTo(usd("0.00"));
    }

    @Test
    @DisplayName("DEP-2 an application beyond the deposit is caught")
    void negative_deposit_is_caught() {
        store.movements().save(raw(MovementKind.APPLICATION, "0.01", invoice.id(), deposit.movement().id()));
        assertThatThrownBy(() -> assertThatLedger(studio).depositsNeverNegative()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("DEP-2").hasMessageContaining("-0.01 remaining");
    }

    @Test
    @DisplayName("PAY-2 an un-apply that does not match its payment is caught")
    void unapply_mismatch_is_caught() {
        Receipt pay = studio.money().pay(OWNER, Pay.of(invoice.id(), usd("5.00")).method("Cash").on(DAY));
        store.movements().save(raw(MovementKind.UNAPPLY, "4.00", invoice.id(), pay.movement().id()));
        assertThatThrownBy(() -> assertThatLedger(studio).unappliesMatchTheirSource())
                .isInstanceOf(AssertionError.class).hasMessageContaining("PAY-2").hasMessageContaining("4.00");
    }

    @Test
    @DisplayName("DOC-2 a gap in the document numbers is caught")
    void numbering_gap_is_caught() {
        Document stray = new Document(9_000, 2_000, DocumentType.GENERIC, jane.id(), null, null, null, false, false,
                "x", new org.studiokit.core.document.DocumentContent(DAY, List.of(), null, usd("0.00"), List.of(),
                        invoice.totals()), org.studiokit.core.document.DocumentState.ISSUED);
        store.documents().save(stray);
        assertThatThrownBy(() -> RecordAssertions.assertThatRecords(studio).numbersAreGapless()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("DOC-2");
    }

    @Test
    @DisplayName("DOC-12 money left on a void document is caught")
    void money_on_void_document_is_caught() {
        store.documents().save(invoice.asVoid(org.studiokit.core.document.Totals.zero(usd("0.00"))));
        assertThatThrownBy(() -> RecordAssertions.assertThatRecords(studio).voidDocumentsHoldNoMoney())
                .isInstanceOf(AssertionError.class).hasMessageContaining("DOC-12");
    }

    @Test
    @DisplayName("AUD-1 a tampered audit entry is caught")
    void audit_tampering_is_caught() {
        AuditEntry e = studio.audit().entries().get(0);
        tampered.edit(0, TamperedStore.byAnotherActor(e, "mallory"));
        assertThatThrownBy(() -> RecordAssertions.assertThatRecords(studio).auditChainVerifies()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("AUD-1");
    }
}
