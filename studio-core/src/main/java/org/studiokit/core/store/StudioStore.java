package org.studiokit.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.studiokit.core.LockState;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;

/**
 * The storage port of one studio (STO-1). Implementations: the in-memory store here, the JPA store in studio-jpa.
 * Index names: documents {@code client}, {@code original}; movements {@code document}, {@code target},
 * {@code source}, {@code client}; orders {@code document}. Typed finders answer what posting asks
 * ({@link #documentsToPost}, {@link #movementsToPost}, {@link #movementsTouching}) and the aging asks
 * ({@link #latestRecordDate}, {@link #receivables}): their defaults here scan the repositories, and a database
 * store answers them with queries (on indexed columns, or grouped sums).
 */
public interface StudioStore {
    /**
     * Runs work as one exclusive transaction: if it throws, everything it wrote is rolled back. Nested calls join
     * the outer transaction.
     */
    <T> T transaction(Supplier<T> work);

    /**
     * Runs reads as one consistent snapshot, so a report made of several reads never sees a command or posting run
     * half way (a database store takes the studio's shared lock). By default an exclusive transaction.
     */
    default <T> T read(Supplier<T> work) {
        return transaction(work);
    }

    /** @return the current settings */
    StudioSettings settings();

    /** Replaces the settings. */
    void saveSettings(StudioSettings settings);

    /** @return the lock date (LCK-3) or null */
    LocalDate lockDate();

    /** Sets the lock date. */
    void saveLockDate(LocalDate date);

    /** @return the next number of a sequence (gapless: rolled back with a refused command) */
    long nextNumber(Sequence sequence);

    /** @return the next number a sequence would hand out, without taking it */
    long peekNumber(Sequence sequence);

    /** @return clients */
    Repository<Client> clients();

    /** @return sessions */
    Repository<Session> sessions();

    /** @return documents */
    Repository<Document> documents();

    /** @return money movements */
    Repository<MoneyMovement> movements();

    /** @return production orders */
    Repository<ProductionOrder> orders();

    /** Appends an audit entry. */
    void appendAudit(AuditEntry entry);

    /** @return the audit log, oldest first */
    List<AuditEntry> audit();

    /** @return the newest audit entry */
    Optional<AuditEntry> lastAudit();

    /** @return the stored result of an idempotency key */
    Optional<IdempotentResult> idempotent(String key);

    /** Stores the first result of an idempotency key. */
    void saveIdempotent(String key, IdempotentResult result);

    /**
     * The documents a posting run through a date may touch: every unlocked one (its adjustment is dated with the
     * run's cut-off, PST-3, whatever its own date) and every unposted one dated on or before the date. A posted and
     * locked document is never among them.
     *
     * @param through the cut-off, or null for every unposted date
     * @return those documents in id order
     */
    default List<Document> documentsToPost(LocalDate through) {
        return documents().all().stream().filter(d -> toPost(d.lock(), d.date(), through)).toList();
    }

    /**
     * The money movements a posting run through a date may touch, as {@link #documentsToPost} chooses documents.
     *
     * @param through the cut-off, or null for every unposted date
     * @return those movements in id order
     */
    default List<MoneyMovement> movementsToPost(LocalDate through) {
        return movements().all().stream().filter(m -> toPost(m.lock(), m.date(), through)).toList();
    }

    /**
     * @param documentIds internal ids of documents
     * @return every movement whose document or transfer target is one of them, once each, in id order
     */
    default List<MoneyMovement> movementsTouching(Collection<Long> documentIds) {
        List<MoneyMovement> found = new ArrayList<>();
        for (long id : documentIds) {
            found.addAll(movements().by("document", id));
            found.addAll(movements().by("target", id));
        }
        return inIdOrder(found);
    }

    /**
     * The latest date of any record the reports count (estimates, DOC-8, and void records, DOC-12, left out). By
     * default a scan of every record; a database store asks for the two maxima.
     *
     * @return the latest date of a non-void, non-estimate document or a non-void money movement, or null when none
     */
    default LocalDate latestRecordDate() {
        LocalDate latest = null;
        for (Document d : documents().all()) {
            if (!d.voided() && d.type().financial() && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }
        for (MoneyMovement m : movements().all()) {
            if (!m.voided() && (latest == null || m.date().isAfter(latest))) {
                latest = m.date();
            }
        }
        return latest;
    }

    /**
     * What is open as of a date, for the aging (RPT-1): see {@link Receivables}. By default one pass over every
     * record ({@link Receivables#scan}); a database store sums in grouped queries and returns only the open records.
     *
     * @param asOf the date
     * @return the open documents and deposit sources as of it
     */
    default Receivables receivables(LocalDate asOf) {
        return Receivables.scan(documents().all(), movements().all(), asOf);
    }

    /**
     * @param ids internal ids of documents
     * @return the lock states (LCK-1) of those that exist, by id; a database store reads only the lock columns
     */
    default Map<Long, LockState> documentLocks(Collection<Long> ids) {
        Map<Long, LockState> found = new HashMap<>();
        documents().findAll(ids).forEach(d -> found.put(d.id(), d.lock()));
        return found;
    }

    /**
     * @param ids internal ids of money movements
     * @return the lock states (LCK-1) of those that exist, by id, as {@link #documentLocks} reads documents'
     */
    default Map<Long, LockState> movementLocks(Collection<Long> ids) {
        Map<Long, LockState> found = new HashMap<>();
        movements().findAll(ids).forEach(m -> found.put(m.id(), m.lock()));
        return found;
    }

    /**
     * Sets the lock states of existing records and changes nothing else (a posting run marking what it posted,
     * LCK-1), in the current transaction. By default each record is read and saved; a database store writes the lock
     * columns in bulk.
     *
     * @param documents document id → its new lock state
     * @param movements money movement id → its new lock state
     */
    default void saveLocks(Map<Long, LockState> documents, Map<Long, LockState> movements) {
        transaction(() -> {
            documents().findAll(documents.keySet())
                    .forEach(d -> documents().save(d.withLock(documents.get(d.id()))));
            movements().findAll(movements.keySet())
                    .forEach(m -> movements().save(m.withLock(movements.get(m.id()))));
            return null;
        });
    }

    /** @return the movements sorted by id, each once (a transfer between two of the documents is found twice) */
    static List<MoneyMovement> inIdOrder(List<MoneyMovement> found) {
        found.sort(Comparator.comparingLong(MoneyMovement::id));
        List<MoneyMovement> once = new ArrayList<>(found.size());
        for (MoneyMovement m : found) {
            if (once.isEmpty() || once.get(once.size() - 1).id() != m.id()) {
                once.add(m);
            }
        }
        return once;
    }

    /**
     * @return whether a record with a lock state and a date is one a run through a date (null: any) may touch: unlocked,
     *         or unposted and dated on or before it
     */
    static boolean toPost(LockState lock, LocalDate date, LocalDate through) {
        return lock.unlocked() || !lock.posted() && (through == null || !date.isAfter(through));
    }
}
