package org.studiokit.jpa.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hibernate.Session;
import org.studiokit.jpa.row.StudioRow;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.RecordRef;

/**
 * What one transaction of a studio already knows, so a command does not ask the database again: the studio row it
 * locked (settings and lock date), the studio's number sequences (read under a row lock once, at the first number
 * taken, and written back in one JDBC batch before the commit), and the record ids it took (a record saved under
 * such an id is new: it is inserted without looking for an older row first). All of it is discarded with the
 * transaction, so a rolled-back command gives its numbers back as before (STO-3).
 */
final class TxState {
    private final EntityManager em;
    private final String studioId;
    private boolean studioKnown;
    private String settings;
    private LocalDate lockDate;
    /** name → next value, once read; null until the first number of the transaction. */
    private Map<String, Long> sequences;
    private final Map<String, Long> read = new HashMap<>();
    private final Set<Long> freshIds = new HashSet<>();
    /** Bookings saved in this transaction and not written yet (see {@link #booked()}). */
    private final Map<RecordRef, Booking> booked = new LinkedHashMap<>();

    TxState(EntityManager em, String studioId) {
        this.em = em;
        this.studioId = studioId;
    }

    EntityManager em() {
        return em;
    }

    /** Remembers the studio row as read (locked) at the start of the transaction, or as written in it. */
    void studio(StudioRow row) {
        studio(row.settings(), row.lockDate());
    }

    private void studio(String settingsJson, LocalDate lock) {
        studioKnown = true;
        settings = settingsJson;
        lockDate = lock;
    }

    /**
     * Locks the studio row and remembers its settings and lock date: for a write with one plain
     * {@code select … for update} (every command starts so), for a read as the entity manager locks it.
     *
     * @return false when the studio has no row
     */
    boolean lock(LockModeType mode) {
        if (mode != LockModeType.PESSIMISTIC_WRITE) {
            StudioRow row = em.find(StudioRow.class, studioId, mode);
            if (row != null) {
                studio(row);
            }
            return row != null;
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select settings, lock_date from sk_studio where studio_id = ? for update")) {
                s.setString(1, studioId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                    studio(r.getString(1), r.getObject(2, LocalDate.class));
                    return true;
                }
            }
        });
    }

    /** @return the studio row's settings and lock date as this transaction knows them, or null when not read yet */
    StudioRow studio() {
        if (!studioKnown) {
            return null;
        }
        StudioRow row = new StudioRow(studioId, settings);
        row.lockDate(lockDate);
        return row;
    }

    /**
     * @param name  the sequence
     * @param first its first value when the studio has no row for it yet
     * @return the next value, taken
     */
    long take(String name, LongSupplier first) {
        long next = peek(name, first);
        sequences.put(name, next + 1);
        return next;
    }

    /** @return the next value of a sequence, not taken */
    long peek(String name, LongSupplier first) {
        if (sequences == null) {
            sequences = load();
            read.putAll(sequences);
        }
        Long next = sequences.get(name);
        if (next == null) {
            next = first.getAsLong();
            sequences.put(name, next);
        }
        return next;
    }

    /**
     * @return the bookings this transaction saved and has not written yet (record → a copy of its booking): written in
     *         bulk ({@link JournalRows#booked}) when there are {@value JournalRows#BATCH} of them, before the studio's
     *         bookings are read as a whole, and before the commit
     */
    Map<RecordRef, Booking> booked() {
        return booked;
    }

    /** Writes the bookings saved and not written yet. */
    void writeBooked() {
        if (booked.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> JournalRows.booked(c, studioId, booked));
        booked.clear();
    }

    /** @return whether a record id was taken in this transaction and not saved yet (forgets it: saved once) */
    boolean fresh(long id) {
        return freshIds.remove(id);
    }

    /** Notes a record id taken in this transaction. */
    void took(long id) {
        freshIds.add(id);
    }

    /** @return whether the transaction has sequence values to write back */
    boolean hasNumbers() {
        return sequences != null && sequences.entrySet().stream()
                .anyMatch(e -> !e.getValue().equals(read.get(e.getKey())));
    }

    private Map<String, Long> load() {
        Map<String, Long> values = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select name, next_value from sk_sequence where studio_id = ? for update")) {
                s.setString(1, studioId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.put(r.getString(1), r.getLong(2));
                    }
                }
            }
        });
        return values;
    }

    /** Writes the sequences this transaction advanced, one batch of updates and one of inserts. */
    void writeNumbers() {
        if (!hasNumbers()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "update sk_sequence set next_value = ? where studio_id = ? and name = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "insert into sk_sequence (studio_id, name, next_value) values (?, ?, ?)")) {
                int updates = 0;
                int inserts = 0;
                for (var e : sequences.entrySet()) {
                    Long old = read.get(e.getKey());
                    if (old == null) {
                        insert.setString(1, studioId);
                        insert.setString(2, e.getKey());
                        insert.setLong(3, e.getValue());
                        insert.addBatch();
                        inserts++;
                    } else if (!old.equals(e.getValue())) {
                        update.setLong(1, e.getValue());
                        update.setString(2, studioId);
                        update.setString(3, e.getKey());
                        update.addBatch();
                        updates++;
                    }
                }
                if (updates > 0) {
                    update.executeBatch();
                }
                if (inserts > 0) {
                    insert.executeBatch();
                }
            }
        });
        read.putAll(sequences);
    }
}
