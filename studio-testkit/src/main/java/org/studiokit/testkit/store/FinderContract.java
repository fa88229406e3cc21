package org.studiokit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;

/**
 * STO-2, the typed finders: what a posting run through a date may touch (unlocked records whatever their date,
 * unposted ones dated on or before it; a posted and locked record never), the movements touching a set of documents,
 * and records by a set of ids. Each answer is checked against the store's own scan of every record.
 */
public abstract class FinderContract extends ReceivablesContract {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LockState POSTED = LockState.UNPOSTED.postedIn(1);
    private static final LockState UNLOCKED = POSTED.unlock("owner", "typo");

    private static Document doc(long id, LocalDate date, LockState lock) {
        Document d = SampleRecords.document(id, 1000 + id, 1, null, "d" + id);
        return d.withContent(date, d.lines(), d.discount(), d.shipping(), d.taxes(), d.totals()).withLock(lock);
    }

    private static MoneyMovement money(long id, MovementKind kind, Long document, Long target, LocalDate date,
            LockState lock) {
        MoneyMovement m = SampleRecords.movement(id, id, kind, 1, document, null, "m" + id);
        return new MoneyMovement(m.id(), m.number(), m.kind(), date, m.amount(), m.method(), m.reference(), m.user(),
                m.key(), m.clientId(), document, target, null, null, false, lock);
    }

    private void records() {
        write(() -> {
            core().documents().save(doc(14, MARCH.plusDays(40), LockState.UNPOSTED));
            core().documents().save(doc(11, MARCH, LockState.UNPOSTED));
            core().documents().save(doc(12, MARCH, POSTED));
            core().documents().save(doc(13, MARCH.plusDays(60), UNLOCKED));
            core().documents().save(doc(15, MARCH.minusDays(1), LockState.UNPOSTED));
            core().movements().save(money(24, MovementKind.PAYMENT, 11L, null, MARCH.plusDays(40), LockState.UNPOSTED));
            core().movements().save(money(21, MovementKind.PAYMENT, 11L, null, MARCH, LockState.UNPOSTED));
            core().movements().save(money(22, MovementKind.PAYMENT, 12L, null, MARCH, POSTED));
            core().movements().save(money(23, MovementKind.TRANSFER, 12L, 11L, MARCH.plusDays(60), UNLOCKED));
            core().movements().save(money(25, MovementKind.DEPOSIT, null, null, MARCH, LockState.UNPOSTED));
            core().movements().save(money(26, MovementKind.TRANSFER, 13L, 14L, MARCH, POSTED));
        });
    }

    private static List<Long> ids(List<? extends Identified> records) {
        return records.stream().map(Identified::id).toList();
    }

    @Test
    @DisplayName("STO-2 records to post through a date: unposted ones dated on or before it and every unlocked one")
    void records_to_post_through_a_date() {
        records();
        assertThat(ids(core().documentsToPost(MARCH))).containsExactly(11L, 13L, 15L);
        assertThat(ids(core().documentsToPost(MARCH.minusDays(1)))).containsExactly(13L, 15L);
        assertThat(ids(core().documentsToPost(null))).containsExactly(11L, 13L, 14L, 15L);
        assertThat(ids(core().movementsToPost(MARCH))).containsExactly(21L, 23L, 25L);
        assertThat(ids(core().movementsToPost(null))).containsExactly(21L, 23L, 24L, 25L);
        assertThat(core().documentsToPost(MARCH)).contains(doc(11, MARCH, LockState.UNPOSTED));
        for (LocalDate d : new LocalDate[] {null, MARCH.minusDays(2), MARCH, MARCH.plusDays(40), MARCH.plusDays(99)}) {
            assertThat(core().documentsToPost(d)).isEqualTo(core().documents().all().stream()
                    .filter(x -> !x.lock().locked() && (x.lock().unlocked() || d == null || !x.date().isAfter(d)))
                    .toList());
            assertThat(core().movementsToPost(d)).isEqualTo(core().movements().all().stream()
                    .filter(x -> !x.lock().locked() && (x.lock().unlocked() || d == null || !x.date().isAfter(d)))
                    .toList());
        }
    }

    @Test
    @DisplayName("STO-2 a record posted and locked is never to post again; unlocked, it is; posted again, it is not")
    void posted_records_leave_the_candidates() {
        records();
        write(() -> core().documents().save(doc(11, MARCH, POSTED)));
        assertThat(ids(core().documentsToPost(MARCH))).containsExactly(13L, 15L);
        write(() -> core().documents().save(doc(11, MARCH, UNLOCKED)));
        assertThat(ids(core().documentsToPost(MARCH.minusDays(30)))).containsExactly(11L, 13L);
        write(() -> core().documents().save(doc(11, MARCH, UNLOCKED.postedIn(2))));
        assertThat(ids(core().documentsToPost(null))).containsExactly(13L, 14L, 15L);
    }

    @Test
    @DisplayName("STO-2 movements touching documents, as document or transfer target, once each in id order")
    void movements_touching_documents() {
        records();
        assertThat(ids(core().movementsTouching(List.of(11L)))).containsExactly(21L, 23L, 24L);
        assertThat(ids(core().movementsTouching(List.of(12L, 11L)))).containsExactly(21L, 22L, 23L, 24L);
        assertThat(ids(core().movementsTouching(Set.of(14L, 13L, 99L)))).containsExactly(26L);
        assertThat(core().movementsTouching(List.of())).isEmpty();
        assertThat(core().movementsTouching(List.of(11L)).get(0))
                .isEqualTo(money(21, MovementKind.PAYMENT, 11L, null, MARCH, LockState.UNPOSTED));
    }

    @Test
    @DisplayName("STO-2 records by a set of ids: unknown ids skipped, once each, in id order, past one query's chunk")
    void records_by_ids() {
        records();
        assertThat(ids(core().documents().findAll(List.of(15L, 11L, 99L, 11L)))).containsExactly(11L, 15L);
        assertThat(core().documents().findAll(List.of())).isEmpty();
        assertThat(core().documents().findAll(List.of(12L))).containsExactly(doc(12, MARCH, POSTED));
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, 1_200).boxed().toList();
        assertThat(ids(core().movements().findAll(many))).containsExactly(21L, 22L, 23L, 24L, 25L, 26L);
        assertThat(ids(core().movementsTouching(many))).containsExactly(21L, 22L, 23L, 24L, 26L);
    }
}
