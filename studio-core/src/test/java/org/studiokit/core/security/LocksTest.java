package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.MANAGER;
import static org.studiokit.core.StudioFixture.OWNER;
import static org.studiokit.core.StudioFixture.day;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Locks;
import org.studiokit.core.PostingSeat;
import org.studiokit.core.StudioException;
import org.studiokit.core.RecordKey;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;

/**
 * PTY-3, LCK-1, LCK-3, AUD-1: the facade's only writes of lock states, the lock date and the audit log. The posting
 * marks go through the studio's one {@link PostingSeat}; a period close asks the seat's claimant, never its caller.
 */
class LocksTest {
    private final StudioFixture f = StudioFixture.usd();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");
    private final RecordKey key = RecordKey.document(invoice.id());
    private final Locks locks = f.studio.locks();
    /** What the test's posting side says is open: the labels it is told to. */
    private final List<String> open = new ArrayList<>();
    private final PostingSeat seat = PostingSeat.claim(f.studio, through -> List.copyOf(open));

    private LockState lock() {
        return f.studio.records().documents().find(invoice.id()).orElseThrow().lock();
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 a clerk cannot post, unlock, close a period or append audit: each refusal changes nothing")
    void pty3_clerk_refused_everywhere() {
        f.refused(ErrorCode.PERMISSION_DENIED, () -> seat.post(CLERK, 1, DAY, List.of(key), "1 document"));
        seat.post(OWNER, 1, DAY, List.of(key), "1 document");
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.unlock(CLERK, key, "typo"));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.closePeriod(CLERK, DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> locks.closePeriod(MANAGER, DAY));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> seat.closePeriod(MANAGER, DAY, d -> List.of()));
        f.refused(ErrorCode.PERMISSION_DENIED, () -> f.studio.audit().append(CLERK, Permission.POST, "POST",
                "batch 9", "", "forged"));
        assertThat(lock().locked()).isTrue();
        assertThat(f.studio.records().lockDate()).isNull();
    }

    @Test
    @DisplayName("AUD-1 LCK-1 LCK-3 the audit chain records post, unlock and close, and still verifies")
    void aud1_locks_audited() {
        seat.post(OWNER, 1, DAY, List.of(key), "1 document");
        assertThat(lock()).isEqualTo(LockState.UNPOSTED.postedIn(1));
        LockState unlocked = locks.unlock(OWNER, key, "typo in the name");
        assertThat(lock()).isEqualTo(unlocked);
        assertThat(unlocked.unlocked()).isTrue();
        seat.post(OWNER, 2, DAY, List.of(key), "1 adjusted");
        assertThat(lock().batch()).as("a record keeps its first batch").isEqualTo(1);
        locks.closePeriod(OWNER, day(1));
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
        seat.post(OWNER, 1, DAY, List.of(key), "1 document");
        f.refused(ErrorCode.LOCKED, () -> seat.post(OWNER, 2, DAY, List.of(key), "again"));
        f.refused(ErrorCode.VALIDATION, () -> locks.unlock(OWNER, key, " "));
        f.refused(ErrorCode.NOT_FOUND, () -> locks.unlock(OWNER, RecordKey.movement(999), "x"));
        f.refused(ErrorCode.UNPOSTED_RECORDS, () -> seat.closePeriod(OWNER, DAY, d -> List.of("payment 1")));
        locks.closePeriod(OWNER, DAY);
        f.refused(ErrorCode.PERIOD_CLOSED, () -> locks.unlock(OWNER, key, "too late"));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> locks.closePeriod(OWNER, DAY));
        f.refused(ErrorCode.PERIOD_CLOSED, () -> seat.post(OWNER, 2, DAY, List.of(), "into a closed period"));
    }

    @Test
    @DisplayName("LCK-1 a batch is whole or absent: one locked or unknown record among many marks none of them")
    void lck1_batch_whole_or_absent() {
        Document second = f.invoice(jane, "20.00");
        Document third = f.invoice(jane, "30.00");
        seat.post(OWNER, 1, DAY, List.of(key), "1 document");
        StudioException locked = f.refused(ErrorCode.LOCKED, () -> seat.post(OWNER, 2, DAY,
                List.of(RecordKey.document(second.id()), RecordKey.document(third.id()), key), "3 documents"));
        assertThat(locked.getMessage()).contains("invoice " + invoice.number());
        f.refused(ErrorCode.NOT_FOUND, () -> seat.post(OWNER, 2, DAY,
                List.of(RecordKey.document(second.id()), RecordKey.movement(999)), "2 records"));
        seat.post(OWNER, 2, DAY, List.of(RecordKey.document(second.id()), RecordKey.document(third.id())), "2");
        assertThat(f.studio.records().documents().findAll(List.of(invoice.id(), second.id(), third.id())))
                .extracting(d -> d.lock().batch()).containsExactly(1L, 2L, 2L);
    }

    @Test
    @DisplayName("LCK-3 a period close asks the studio's posting side what is open, never its caller; the seat is claimed once")
    void lck3_close_asks_the_claimed_side() {
        open.add("invoice " + invoice.number());
        StudioException refused = f.refused(ErrorCode.UNPOSTED_RECORDS, () -> locks.closePeriod(OWNER, DAY));
        assertThat(refused.getMessage()).contains("invoice " + invoice.number());
        assertThatThrownBy(() -> PostingSeat.claim(f.studio, through -> List.of()))
                .as("a second posting side cannot claim the seat and answer 'nothing open'")
                .isInstanceOf(IllegalStateException.class);
        f.refused(ErrorCode.UNPOSTED_RECORDS, () -> locks.closePeriod(OWNER, DAY));
        open.clear();
        assertThat(locks.closePeriod(OWNER, DAY)).isEqualTo(DAY);
    }

    @Test
    @DisplayName("LCK-3 a studio without a posting side closes only a period in which every live record is posted and locked")
    void lck3_without_posting_side() {
        StudioFixture g = StudioFixture.usd();
        Client ann = g.client("Ann Lee");
        Document unposted = g.invoice(ann, "40.00");
        g.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, ann.id(), day(1))
                .line(Line.of("Print", 1, g.m("9.00"))));
        StudioException refused = g.refused(ErrorCode.UNPOSTED_RECORDS, () -> g.studio.locks().closePeriod(OWNER,
                day(1)));
        assertThat(refused.getMessage()).contains("invoice " + unposted.number()).doesNotContain("estimate");
        assertThat(g.studio.locks().closePeriod(OWNER, DAY.minusDays(1))).isEqualTo(DAY.minusDays(1));
        g.studio.invoices().voidDocument(OWNER, unposted.id());
        assertThat(g.studio.locks().closePeriod(OWNER, day(1))).as("a void unposted record is not open")
                .isEqualTo(day(1));
    }
}
