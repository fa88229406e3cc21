package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.posting.Fixture.CLERK;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.AuditTrail;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PreviewItem;

/** LCK-1..4 and AUD-1 on the posting side: every refusal leaves records, batches and journal unchanged. */
class LockRulesTest {

    private static void refused(Fixture f, ErrorCode code, Executable action) {
        Map<String, Object> before = f.snapshot();
        assertThatThrownBy(action::execute).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("LCK-1 a posted invoice refuses edit and void with LOCKED until unlocked")
    void postedRecordsAreLocked() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "150.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Cash").on(d("2026-03-02")));
        f.post("2026-03-31");
        DocumentChange change = new DocumentChange(null, List.of(Line.of("Print", 1, f.usd("120.00"))), null, null,
                null);
        refused(f, ErrorCode.LOCKED, () -> f.studio.invoices().edit(OWNER, inv.id(), change));
        refused(f, ErrorCode.LOCKED, () -> f.studio.money().voidMovement(OWNER, pay.movement().id()));
        refused(f, ErrorCode.LOCKED, () -> f.studio.money().edit(OWNER, pay.movement().id(), null, null,
                f.usd("40.00")));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.unlock(CLERK, RecordRef.document(inv.id()), "typo"));
        refused(f, ErrorCode.VALIDATION, () -> f.books.unlock(OWNER, RecordRef.document(inv.id()), " "));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.post(CLERK, PostingRequest.through(d("2026-04-30"))));
        // new money may still be applied to a posted invoice
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-04-02")));
    }

    @Test
    @DisplayName("LCK-2 unlock, edit and the next run book the difference; the GL equals a fresh posting of the records")
    void unlockEditAdjust() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "150.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("50.00")).method("Cash").on(d("2026-03-02")));
        f.post("2026-03-31");
        refused(f, ErrorCode.NOT_FOUND, () -> f.books.unlock(OWNER, RecordRef.document(999), "x"));
        Document unposted = f.invoice(jane, "2026-04-02", "Print", "10.00");
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, RecordRef.document(unposted.id()), "x"));
        f.studio.invoices().voidDocument(OWNER, unposted.id());
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "price typo");
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, RecordRef.document(inv.id()), "again"));
        f.studio.invoices().edit(OWNER, inv.id(), new DocumentChange(null,
                List.of(Line.of("Print", 1, f.usd("120.00"))), null, null, null));
        PostingBatch adj = f.post("2026-04-30");
        assertThat(adj.adjusted()).containsExactly(RecordRef.document(inv.id()));
        assertThat(adj.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.ADJUSTMENT);
            assertThat(e.originalBatch()).isEqualTo(1);
            assertThat(e.date()).isEqualTo(d("2026-04-30"));
        });
        assertThat(Fixture.table(adj)).containsExactly(
                "ADJUSTMENT 2026-04-30 | General Sales | 30.00 | ",
                "ADJUSTMENT 2026-04-30 | Accounts Receivable (Jane Doe) |  | 30.00");
        assertThat(f.studio.invoices().get(inv.id()).lock().locked()).isTrue();

        Fixture fresh = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane2 = fresh.client("Jane Doe");
        Document inv2 = fresh.invoice(jane2, "2026-03-02", "Print", "120.00");
        fresh.studio.money().pay(OWNER, Pay.of(inv2.id(), fresh.usd("50.00")).method("Cash").on(d("2026-03-02")));
        fresh.post("2026-04-30");
        assertThat(f.trialBalance()).isEqualTo(fresh.trialBalance());
    }

    @Test
    @DisplayName("LCK-2 voiding an unlocked payment that moved from Customer Deposits to A/R reverses it against A/R")
    void voidedPaymentReversesAgainstAr() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt first = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Cash")
                .on(d("2026-03-03")));
        f.post("2026-03-05");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-06")));
        f.post("2026-03-31");
        assertThat(f.trialBalance()).containsEntry("Customer Deposits", "0.00")
                .containsEntry("Accounts Receivable", "0.00");
        f.books.unlock(OWNER, RecordRef.movement(first.movement().id()), "bounced");
        f.studio.money().voidMovement(OWNER, first.movement().id());
        PostingBatch adj = f.post("2026-04-30");
        assertThat(Fixture.table(adj)).containsExactly(
                "ADJUSTMENT 2026-04-30 | Accounts Receivable (Jane Doe) | 40.00 | ",
                "ADJUSTMENT 2026-04-30 | Undeposited Funds |  | 40.00");
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "40.00")
                .containsEntry("Customer Deposits", "0.00");
    }

    @Test
    @DisplayName("LCK-3 closing a period needs everything posted; afterwards nothing dated in it changes")
    void periodClose() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        refused(f, ErrorCode.UNPOSTED_RECORDS, () -> f.books.closePeriod(OWNER, d("2026-03-31")));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.closePeriod(
                org.studiokit.core.security.Actor.of("m", org.studiokit.core.security.Role.MANAGER), d("2026-03-31")));
        f.post("2026-03-31");
        assertThat(f.books.closePeriod(OWNER, d("2026-03-31"))).isEqualTo(d("2026-03-31"));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.invoice(jane, "2026-03-15", "Print", "10.00"));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.post(OWNER, PostingRequest.through(d("2026-03-31"))));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.books.unlock(OWNER, RecordRef.document(inv.id()), "late fix"));
        refused(f, ErrorCode.PERIOD_CLOSED, () -> f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00"))
                .method("Cash").on(d("2026-03-20"))));
        // a payment dated after the lock date may apply to an invoice dated before it
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-04-02")));
        assertThat(f.studio.invoices().balance(inv.id())).isEqualTo(f.usd("90.00"));
    }

    @Test
    @DisplayName("LCK-4 a run posts everything eligible or nothing: a failing run leaves no batch and no lock")
    void atomicRun() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        f.invoice(jane, "2026-03-02", "Print", "100.00");
        refused(f, ErrorCode.VALIDATION, () -> f.books.post(OWNER,
                new PostingRequest(d("2026-03-31"), java.util.Set.of("Bitcoin"))));
        assertThat(f.books.post(OWNER, PostingRequest.through(d("2026-03-01")))).isEmpty();
        assertThat(f.books.batches()).isEmpty();
    }

    @Test
    @DisplayName("PST-1 a bank deposit run posts only its methods' money; applications follow their deposit")
    void filteredRun() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(jane.id(), f.usd("30.00")).method("Credit Card")
                .on(d("2026-03-01")));
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(), f.usd("30.00"))
                .on(d("2026-03-02")));
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("20.00")).method("Cash").on(d("2026-03-03")));
        PostingBatch cash = f.books.post(OWNER, new PostingRequest(d("2026-03-31"), java.util.Set.of("Cash")))
                .orElseThrow();
        assertThat(cash.documents()).hasSize(1);
        assertThat(cash.movements()).hasSize(1);
        assertThat(f.books.preview(PostingRequest.through(d("2026-03-31")))).filteredOn(PreviewItem::eligible)
                .hasSize(2);
        PostingBatch cards = f.books.post(OWNER, new PostingRequest(d("2026-03-31"),
                java.util.Set.of("Credit Card"))).orElseThrow();
        assertThat(cards.movements()).hasSize(2);
        assertThat(f.trialBalance()).containsEntry("Accounts Receivable", "50.00");
    }

    @Test
    @DisplayName("AUD-1 posting actions are audited; the chain verifies and tampering with one entry is detected")
    void auditChain() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.post("2026-03-31");
        f.books.unlock(OWNER, RecordRef.document(inv.id()), "fix");
        f.post("2026-04-30");
        List<AuditEntry> log = f.studio.audit().entries();
        assertThat(log).extracting(AuditEntry::action).containsSubsequence("POST", "UNLOCK", "POST");
        assertThat(f.studio.audit().verify().valid()).isTrue();
        AuditEntry e = log.get(1);
        f.tampered.edit(1, org.studiokit.core.store.TamperedStore.byAnotherActor(e, "mallory"));
        AuditTrail.Verification v = f.studio.audit().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(2);
    }
}
