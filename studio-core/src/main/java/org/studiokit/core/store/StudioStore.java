package org.studiokit.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;

/**
 * The storage port of one studio (STO-1). Implementations: the in-memory store here, the JPA store in studio-jpa.
 * Index names: documents {@code client}, {@code original}; movements {@code document}, {@code target},
 * {@code source}, {@code client}; orders {@code document}.
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
}
