package org.studiokit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.testkit.store.SampleRecords.HOSTILE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.Numbering;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.core.store.Sequence;
import org.studiokit.core.store.StudioStore;

/**
 * STO-2, first half: records. Implementations extend {@link StoreContract}, which adds transactions, numbering
 * under concurrency and the posting store.
 * Records are written and read back equal (every field, hostile text, the largest amounts), found by number and by
 * every index, listed in id order.
 */
public abstract class RecordContract {
    /** The settings a contract studio starts with. */
    public static final StudioSettings SETTINGS = StudioSettings.defaults("USD").toBuilder()
            .taxRate(TaxRate.of("ST", "State ✓", "4.25", "Sales Tax Payable")).numbering(new Numbering(5, 6, 1001, 8, 9))
            .build();

    /** The stores under test. */
    protected StoreUnderTest stores;

    /** @return a fresh, empty studio's stores, created with the settings */
    protected abstract StoreUnderTest open(StudioSettings settings);

    /** Opens the stores. */
    @BeforeEach
    void openStores() {
        stores = open(SETTINGS);
    }

    /** @return the core store */
    protected StudioStore core() {
        return stores.core();
    }

    /** Writes inside one transaction, as commands do. */
    protected void write(Runnable work) {
        core().transaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    @DisplayName("STO-2 settings and lock date read back as written")
    void settings_and_lock_date_round_trip() {
        assertThat(core().settings()).isEqualTo(SETTINGS);
        assertThat(core().lockDate()).isNull();
        StudioSettings changed = SETTINGS.toBuilder().allowOverpayment(true).build();
        write(() -> {
            core().saveSettings(changed);
            core().saveLockDate(LocalDate.of(2026, 2, 28));
        });
        assertThat(core().settings()).isEqualTo(changed);
        assertThat(core().lockDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        write(() -> core().saveLockDate(null));
        assertThat(core().lockDate()).isNull();
    }

    @Test
    @DisplayName("STO-2 every record reads back equal, hostile text and 10^13 minor units included")
    void records_round_trip_exactly() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            long base = 100L * (i + 1);
            Client c = SampleRecords.client(base, i + 1, text);
            Document d = SampleRecords.document(base + 1, 1001 + i, c.id(), null, text);
            MoneyMovement m = SampleRecords.movement(base + 2, i + 1, MovementKind.PAYMENT, c.id(), d.id(), null,
                    text);
            var o = SampleRecords.order(base + 3, i + 1, d.id(), text);
            var s = SampleRecords.session(base + 4, i + 1, c.id());
            write(() -> {
                core().clients().save(c);
                core().documents().save(d);
                core().movements().save(m);
                core().orders().save(o);
                core().sessions().save(s);
            });
            assertThat(core().clients().find(c.id())).contains(c);
            assertThat(core().documents().find(d.id())).contains(d);
            assertThat(core().movements().find(m.id())).contains(m);
            assertThat(core().orders().find(o.id())).contains(o);
            assertThat(core().sessions().find(s.id())).contains(s);
        }
        assertThat(core().clients().size()).isEqualTo(HOSTILE.size());
    }

    @Test
    @DisplayName("STO-2 a saved record replaces the stored one; history and lines follow")
    void save_replaces() {
        Document d = SampleRecords.document(1, 1001, 3, null, "first");
        var o = SampleRecords.order(2, 1, 1, "first");
        write(() -> {
            core().documents().save(d);
            core().orders().save(o);
        });
        Document edited = d.withContent(LocalDate.of(2026, 3, 5), d.lines().subList(0, 1), null, SampleRecords.usd(0),
                List.of(), d.totals()).withLock(d.lock().postedIn(3));
        var moved = o.moved("Shipped", null, new org.studiokit.core.production.StatusChange("In Production",
                "Shipped", java.time.Instant.parse("2026-03-04T00:00:00Z"), "owner",
                org.studiokit.core.production.ChangeSource.BATCH));
        write(() -> {
            core().documents().save(edited);
            core().orders().save(moved);
        });
        assertThat(core().documents().find(1)).contains(edited);
        assertThat(core().orders().find(2)).contains(moved);
        assertThat(core().documents().size()).isEqualTo(1);
    }

    @Test
    @DisplayName("STO-2 records are found by number (above zero) and listed in id order")
    void by_number_and_in_id_order() {
        write(() -> {
            core().clients().save(new Client(30, 0, "Quick Sale", null, null, true));
            core().clients().save(SampleRecords.client(10, 2, "B"));
            core().clients().save(SampleRecords.client(20, 1, "A"));
        });
        assertThat(core().clients().findByNumber(1).map(Client::id)).contains(20L);
        assertThat(core().clients().findByNumber(0)).isEmpty();
        assertThat(core().clients().findByNumber(3)).isEmpty();
        assertThat(core().clients().find(99)).isEmpty();
        assertThat(core().clients().all()).extracting(Client::id).containsExactly(10L, 20L, 30L);
    }

    @Test
    @DisplayName("STO-2 every named index finds its records in id order; a missing link is in no index")
    void indexes() {
        write(() -> {
            core().documents().save(SampleRecords.document(5, 1001, 1, null, "a"));
            core().documents().save(SampleRecords.document(4, 1002, 2, 5L, "b"));
            core().documents().save(SampleRecords.document(3, 1003, 1, 5L, "c"));
            core().movements().save(SampleRecords.movement(7, 1, MovementKind.PAYMENT, 1, 5L, null, "p"));
            core().movements().save(SampleRecords.movement(6, 2, MovementKind.UNAPPLY, 2, 5L, 7L, "u"));
            core().movements().save(SampleRecords.movement(8, 3, MovementKind.DEPOSIT, 1, null, null, "d"));
            core().orders().save(SampleRecords.order(9, 1, 5, "o"));
            core().sessions().save(SampleRecords.session(10, 1, 2));
        });
        assertThat(core().documents().by("client", 1)).extracting(Document::id).containsExactly(3L, 5L);
        assertThat(core().documents().by("original", 5)).extracting(Document::id).containsExactly(3L, 4L);
        assertThat(core().documents().by("original", 0)).isEmpty();
        assertThat(core().movements().by("document", 5)).extracting(MoneyMovement::id).containsExactly(6L, 7L);
        assertThat(core().movements().by("document", 0)).isEmpty();
        assertThat(core().movements().by("source", 7)).extracting(MoneyMovement::id).containsExactly(6L);
        assertThat(core().movements().by("target", 99)).extracting(MoneyMovement::id).containsExactly(6L, 7L, 8L);
        assertThat(core().movements().by("client", 1)).extracting(MoneyMovement::id).containsExactly(7L, 8L);
        assertThat(core().orders().by("document", 5)).hasSize(1);
        assertThat(core().sessions().by("client", 2)).hasSize(1);
        assertThatThrownBy(() -> core().documents().by("nonsense", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("STO-2 the audit log keeps entries in order; the last is found")
    void audit_log() {
        assertThat(core().lastAudit()).isEmpty();
        for (int i = 0; i < HOSTILE.size(); i++) {
            AuditEntry e = SampleRecords.audit(i + 1, HOSTILE.get(i));
            write(() -> core().appendAudit(e));
        }
        List<AuditEntry> log = core().audit();
        assertThat(log).hasSize(HOSTILE.size());
        assertThat(log.get(2)).isEqualTo(SampleRecords.audit(3, HOSTILE.get(2)));
        assertThat(core().lastAudit()).contains(log.get(log.size() - 1));
    }

    @Test
    @DisplayName("STO-2 an idempotency key keeps its first result, whatever the key's text")
    void idempotency_keys() {
        assertThat(core().idempotent("k")).isEmpty();
        for (String key : HOSTILE) {
            var receipt = new org.studiokit.core.movement.Receipt(
                    SampleRecords.movement(1, 1, MovementKind.PAYMENT, 1, 2L, null, key), null,
                    SampleRecords.document(2, 1001, 1, null, key), SampleRecords.usd(70), null, null);
            var result = new org.studiokit.core.store.IdempotentResult("pay", "fp " + key, receipt);
            write(() -> core().saveIdempotent(key, result));
            assertThat(core().idempotent(key)).contains(result);
        }
        assertThat(core().idempotent("unknown")).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("STO-3 numbers start where the settings say, are taken one by one, and peeking takes none")
    void numbering_starts_from_settings() {
        assertThat(core().peekNumber(Sequence.CLIENT)).isEqualTo(5);
        assertThat(core().peekNumber(Sequence.DOCUMENT)).isEqualTo(1001);
        long a = core().transaction(() -> core().nextNumber(Sequence.CLIENT));
        long b = core().transaction(() -> core().nextNumber(Sequence.CLIENT));
        assertThat(List.of(a, b)).containsExactly(5L, 6L);
        assertThat(core().peekNumber(Sequence.CLIENT)).isEqualTo(7);
        assertThat(core().transaction(() -> core().nextNumber(Sequence.ORDER))).isEqualTo(8);
        assertThat(core().transaction(() -> core().nextNumber(Sequence.MOVEMENT))).isEqualTo(9);
        assertThat(core().transaction(() -> core().nextNumber(Sequence.SESSION))).isEqualTo(6);
    }
}
