package org.studiokit.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.LockState;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.RecordRef;

/**
 * A posting run's writes go in bulk (bookings kept in the transaction and written in JDBC batches, lock states in
 * one update per chunk): read back they must be exactly what was saved, inside and after the transaction, and a
 * refused transaction must leave none of them (STO-3: a batch is whole or absent).
 */
@DisplayName("STO-3 bulk writes of a posting run on the JPA store")
class JpaBulkPostingWritesTest {
    /** More than one JDBC batch of bookings, so some are written during the transaction and some at its commit. */
    private static final int RECORDS = 2_300;
    private static StudioDatabase db;
    private static int n;

    @BeforeAll
    static void open() {
        db = StudioDatabase.open("jdbc:h2:mem:bulkwrites");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static JpaStores stores() {
        return db.stores("b" + (++n), StudioSettings.defaults("USD"));
    }

    private static Booking booking(long id, long minor) {
        return new Booking().add("1200 Accounts Receivable", id % 7, minor).add("4000 Sales", 0, -minor)
                .add("2200 Sales Tax", id % 3, id % 5 == 0 ? 0 : -1).add("4000 Sales", 0, id % 5 == 0 ? 0 : 1);
    }

    @Test
    @DisplayName("STO-3 bookings saved in bulk read back equal, in the transaction and after; replacing keeps the last")
    void sto3_bookingsReadBack() {
        JpaStores s = stores();
        Map<RecordRef, Booking> saved = new HashMap<>();
        s.core().transaction(() -> {
            for (long id = 1; id <= RECORDS; id++) {
                RecordRef ref = id % 2 == 0 ? RecordRef.document(id) : RecordRef.movement(id);
                s.posting().saveBooked(ref, booking(id, id * 100));
                saved.put(ref, booking(id, id * 100));
            }
            assertEquals(booking(1, 100), s.posting().booked(RecordRef.movement(1)), "written during the run");
            assertEquals(booking(RECORDS, RECORDS * 100L), s.posting().booked(RecordRef.document(RECORDS)),
                    "still in the transaction");
            assertEquals(new Booking(), s.posting().booked(RecordRef.document(RECORDS + 2)));
            return null;
        });
        assertEquals(saved, s.posting().allBooked());
        s.core().transaction(() -> {
            for (long id = 1; id <= RECORDS; id += 3) {
                RecordRef ref = id % 2 == 0 ? RecordRef.document(id) : RecordRef.movement(id);
                s.posting().saveBooked(ref, booking(id, 1));
                s.posting().saveBooked(ref, booking(id, id + 7));
                saved.put(ref, booking(id, id + 7));
            }
            return null;
        });
        assertEquals(saved, s.posting().allBooked());
        assertEquals(booking(4, 11), s.posting().booked(RecordRef.document(4)));
    }

    @Test
    @DisplayName("STO-3 a refused transaction leaves none of the bookings it saved, written during it or not")
    void sto3_refusedRunLeavesNoBookings() {
        JpaStores s = stores();
        s.core().transaction(() -> {
            s.posting().saveBooked(RecordRef.document(1), booking(1, 5));
            return null;
        });
        assertThrows(IllegalStateException.class, () -> s.core().transaction(() -> {
            for (long id = 1; id <= RECORDS; id++) {
                s.posting().saveBooked(RecordRef.document(id), booking(id, 42));
            }
            throw new IllegalStateException("refused");
        }));
        assertEquals(Map.of(RecordRef.document(1), booking(1, 5)), s.posting().allBooked());
    }

    @Test
    @DisplayName("LCK-1 marking a record that does not exist fails the transaction; absent records have no lock state")
    void lck1_locksInBulk() {
        JpaStores s = stores();
        Map<Long, LockState> none = s.core().documentLocks(List.of(1L, 2L));
        assertTrue(none.isEmpty());
        assertThrows(IllegalStateException.class, () -> s.core().transaction(() -> {
            s.core().saveLocks(Map.of(99L, LockState.UNPOSTED.postedIn(1)), Map.of());
            return null;
        }));
    }
}
