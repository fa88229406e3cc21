package org.studiokit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.NOW;
import static org.studiokit.core.StudioFixture.OWNER;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.TamperedStore;

@DisplayName("AUD-1 the hash-chained audit log")
class AuditTrailTest {
    private final StudioFixture f = StudioFixture.usd();
    private List<AuditEntry> entries;

    @BeforeEach
    void privilegedActions() {
        Client jane = f.client("Jane Doe");
        Document invoice = f.invoice(jane, "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, invoice.id(), DAY, true, null, "reshoot");
        Receipt refund = f.studio.money().refund(OWNER, Refund.of(memo.id(), f.m("10.00")).method("Cash").on(DAY));
        f.studio.money().writeOff(OWNER, WriteOff.of(invoice.id(), f.m("5.00")).on(DAY));
        f.studio.money().voidMovement(OWNER, refund.movement().id());
        entries = f.studio.audit().entries();
    }

    @Test
    @DisplayName("AUD-1 privileged actions are appended with who, when, what and a chain that verifies")
    void aud1_chain_verifies() {
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREDIT_MEMO", "REFUND", "WRITE_OFF",
                "VOID");
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("owner");
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.hash()).hasSize(64);
        });
        assertThat(entries.get(0).previous()).isEqualTo(AuditTrail.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previous()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(f.studio.audit().verify()).isEqualTo(new AuditTrail.Verification(true, 4, 0));
    }

    @Test
    @DisplayName("AUD-1 editing one entry in the store is detected at that entry")
    void aud1_tampering_is_detected() {
        AuditEntry e = entries.get(1);
        f.tampered.edit(1, TamperedStore.byAnotherActor(e, "someone else"));
        AuditTrail.Verification v = f.studio.audit().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(2);
    }

    @Test
    @DisplayName("AUD-1 an edit that re-signs the entry is still caught by the next entry's link")
    void aud1_resigned_entry_breaks_the_next_link() {
        AuditEntry e = entries.get(1);
        AuditEntry forged = new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.record(), e.before(),
                "refund of 0.01", e.previous(), "");
        forged = new AuditEntry(forged.sequence(), forged.at(), forged.actor(), forged.action(), forged.record(),
                forged.before(), forged.after(), forged.previous(), AuditLog.hash(forged));
        f.tampered.edit(1, forged);
        assertThat(f.studio.audit().verify().firstBroken()).isEqualTo(3);
    }

    @Test
    @DisplayName("AUD-1 deleting or reordering entries is detected")
    void aud1_deletion_and_reordering_are_detected() {
        List<AuditEntry> deleted = new ArrayList<>(entries);
        deleted.remove(2);
        assertThat(AuditTrail.verify(deleted).valid()).isFalse();
        List<AuditEntry> lastDropped = new ArrayList<>(entries.subList(0, 3));
        assertThat(AuditTrail.verify(lastDropped).valid()).as("a prefix is still a valid chain").isTrue();
        List<AuditEntry> swapped = new ArrayList<>(entries);
        swapped.set(1, entries.get(2));
        swapped.set(2, entries.get(1));
        assertThat(AuditTrail.verify(swapped).valid()).isFalse();
        assertThat(AuditTrail.verify(List.of()).valid()).isTrue();
    }

    @Test
    @DisplayName("AUD-1 a refused privileged action appends nothing")
    void aud1_refusals_append_nothing() {
        int before = f.studio.audit().entries().size();
        org.assertj.core.api.Assertions.catchThrowable(() -> f.studio.money().writeOff(OWNER, WriteOff.of(999_999,
                f.m("1.00")).on(DAY)));
        assertThat(f.studio.audit().entries()).hasSize(before);
    }
}
