package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.MANAGER;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Locks;
import org.studiokit.core.RecordKey;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.party.Client;

/** PTY-3, LCK-1, LCK-3, AUD-1: the facade's only writes of lock states, the lock date and the audit log. */
class LocksTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");
    private final RecordKey key = RecordKey.document(invoice.id());
    private final Locks locks = f.studio.locks();

    private LockState lock() {
        return f.studio.records().documents().find(invoice.id()).orElseThrow().lock();
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 a clerk cannot post, unlock, close a period or append audit: each refusal changes nothing")
    void pty3_clerk_refused_everywhere() {
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.post(CLERK, 1, DAY, List.of(key), "1 document"));
        locks.post(OWNER, 1, DAY, List.of(key), "1 document");
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.unlock(CLERK, key, "typo"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.closePeriod(CLERK, DAY, d -> List.of()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.closePeriod(MANAGER, DAY, d -> List.of()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.audit().append(CLERK, Permission.POST, "POST",
                "batch 9", "", "forged"));
        assertThat(lock().locked()).isTrue();
        assertThat(f.studio.records().lockDate()).isNull();
    }

    @Test
    @DisplayName("AUD-1 LCK-1 LCK-3 the audit chain records post, unlock and close, and still verifies")
    void aud1_locks_audited() {
        locks.post(OWNER, 1, DAY, List.of(key), "1 document");
        assertThat(lock()).isEqualTo(LockState.UNPOSTED.postedIn(1));
        LockState unlocked = locks.unlock(OWNER, key, "typo in the name");
        assertThat(lock()).isEqualTo(unlocked);
        assertThat(unlocked.unlocked()).isTrue();
        locks.post(OWNER, 2, DAY, List.of(key), "1 adjusted");
        assertThat(lock().batch()).as("a record keeps its first batch").isEqualTo(1);
        locks.closePeriod(OWNER, day(1), d -> List.of());
        assertThat(f.studio.records().lockDate()).isEqualTo(day(1));
        f.studio.audit().append(OWNER, Permission.EXPORT, "EXPORT", "batch 1", "", "by hand");
        List<AuditEntry> log = f.studio.audit().entries();
        assertThat(log.subList(log.size() - 5, log.size())).extracting(AuditEntry::action, AuditEntry::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "batch 1"),
                        org.assertj.core.groups.Tuple.tuple("UNLOCK", "invoice " + invoice.number()),
                        org.assertj.core.groups.Tuple.tuple("POST", "batch 2"),
                        org.assertj.core.groups.Tuple.tuple("CLOSE_PERIOD", "studio"),
                        org.assertj.core.groups.Tuple.tuple("EXPORT", "batch 1"));
        assertThat(f.studio.audit().verify().valid()).isTrue();
    }

    @Test
    @DisplayName("LCK-1 LCK-3 the rules hold on the narrow writes: locked, closed, unposted, no reason")
    void lck_rules_on_locks() {
        f.refused(ErrorCode.NO_CHANGE, () -> locks.unlock(OWNER, key, "not posted"));
        locks.post(OWNER, 1, DAY, List.of(key), "1 document");
        f.refused(ErrorCode.LOCKED, () -> locks.post(OWNER, 2, DAY, List.of(key), "again"));
        f.refused(ErrorCode.VALIDATION, () -> locks.unlock(OWNER, key, " "));
        f.refused(ErrorCode.NOT_FOUND, () -> locks.unlock(OWNER, RecordKey.movement(999), "x"));
        f.refused(ErrorCode.UNPOSTED_RECORDS, () -> locks.closePeriod(OWNER, DAY, d -> List.of("payment 1")));
        locks.closePeriod(OWNER, DAY, d -> List.of());
        f.refused(ErrorCode.PERIOD_CLOSED, () -> locks.unlock(OWNER, key, "too late"));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> locks.closePeriod(OWNER, DAY, d -> List.of()));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> locks.post(OWNER, 2, DAY, List.of(), "into a closed period"));
    }
}
