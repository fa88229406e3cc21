package org.studiokit.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.function.Supplier;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;

/**
 * The in-memory store: for tests, demos and scripts. Exclusive transactions with rollback via an {@link UndoLog}.
 */
public final class InMemoryStore implements StudioStore {
    private final UndoLog log = new UndoLog();
    private volatile StudioSettings settings;
    private volatile LocalDate lockDate;
    private final EnumMap<Sequence, Long> next = new EnumMap<>(Sequence.class);
    private final InMemoryRepository<Client> clients = new InMemoryRepository<>(log, Map.of());
    private final InMemoryRepository<Session> sessions = new InMemoryRepository<>(log,
            Map.of("client", Session::clientId));
    private final InMemoryRepository<Document> documents = new InMemoryRepository<>(log, Map.of(
            "client", Document::clientId, "original", d -> d.originalId() == null ? 0 : d.originalId()));
    private final InMemoryRepository<MoneyMovement> movements = new InMemoryRepository<>(log, movementIndexes());
    private final InMemoryRepository<ProductionOrder> orders = new InMemoryRepository<>(log,
            Map.of("document", ProductionOrder::documentId));
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Map<String, IdempotentResult> keys = new HashMap<>();

    /** @param settings the studio's initial settings */
    public InMemoryStore(StudioSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    private static Map<String, ToLongFunction<MoneyMovement>> movementIndexes() {
        Map<String, ToLongFunction<MoneyMovement>> m = new LinkedHashMap<>();
        m.put("document", x -> x.documentId() == null ? 0 : x.documentId());
        m.put("target", x -> x.targetId() == null ? 0 : x.targetId());
        m.put("source", x -> x.sourceId() == null ? 0 : x.sourceId());
        m.put("client", MoneyMovement::clientId);
        return m;
    }

    /** @return the undo log, for other modules' in-memory stores to join this studio's transactions */
    public UndoLog undoLog() {
        return log;
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return log.transaction(work);
    }

    @Override
    public StudioSettings settings() {
        return settings;
    }

    @Override
    public void saveSettings(StudioSettings value) {
        StudioSettings previous = settings;
        settings = Objects.requireNonNull(value);
        log.onUndo(() -> settings = previous);
    }

    @Override
    public LocalDate lockDate() {
        return lockDate;
    }

    @Override
    public void saveLockDate(LocalDate date) {
        LocalDate previous = lockDate;
        lockDate = date;
        log.onUndo(() -> lockDate = previous);
    }

    @Override
    public long nextNumber(Sequence sequence) {
        return log.read(() -> take(sequence));
    }

    private long take(Sequence sequence) {
        long number = peekNumber(sequence);
        Long previous = next.get(sequence);
        next.put(sequence, number + 1);
        log.onUndo(() -> {
            if (previous == null) {
                next.remove(sequence);
            } else {
                next.put(sequence, previous);
            }
        });
        return number;
    }

    @Override
    public long peekNumber(Sequence sequence) {
        Long n = next.get(sequence);
        if (n != null) {
            return n;
        }
        return switch (sequence) {
            case CLIENT -> settings.numbering().client();
            case SESSION -> settings.numbering().session();
            case DOCUMENT -> settings.numbering().invoice();
            case MOVEMENT -> settings.numbering().movement();
            case ORDER -> settings.numbering().order();
        };
    }

    @Override
    public Repository<Client> clients() {
        return clients;
    }

    @Override
    public Repository<Session> sessions() {
        return sessions;
    }

    @Override
    public Repository<Document> documents() {
        return documents;
    }

    @Override
    public Repository<MoneyMovement> movements() {
        return movements;
    }

    @Override
    public Repository<ProductionOrder> orders() {
        return orders;
    }

    @Override
    public List<Document> documentsToPost(LocalDate through) {
        return documents.where(d -> StudioStore.toPost(d.lock(), d.date(), through));
    }

    @Override
    public List<MoneyMovement> movementsToPost(LocalDate through) {
        return movements.where(m -> StudioStore.toPost(m.lock(), m.date(), through));
    }

    @Override
    public List<MoneyMovement> movementsTouching(Collection<Long> documentIds) {
        return movements.byAny(documentIds, "document", "target");
    }

    /** LCK-1: the lock states of a posting run, each kind written in one pass with one undo step. */
    @Override
    public void saveLocks(Map<Long, LockState> documentLocks, Map<Long, LockState> movementLocks) {
        transaction(() -> {
            documents.saveAll(withLocks(documents, documentLocks, Document::withLock));
            movements.saveAll(withLocks(movements, movementLocks, MoneyMovement::withLock));
            return null;
        });
    }

    /** @return each existing record of the map with its new lock state, in the map's order */
    private static <T extends Identified> List<T> withLocks(InMemoryRepository<T> repository,
            Map<Long, LockState> locks, BiFunction<T, LockState, T> withLock) {
        List<T> changed = new ArrayList<>(locks.size());
        locks.forEach((id, lock) -> repository.find(id).ifPresent(r -> changed.add(withLock.apply(r, lock))));
        return changed;
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        log.read(() -> {
            audit.add(entry);
            log.onUndo(() -> audit.remove(audit.size() - 1));
            return null;
        });
    }

    @Override
    public List<AuditEntry> audit() {
        return log.read(() -> List.copyOf(audit));
    }

    @Override
    public Optional<AuditEntry> lastAudit() {
        return log.read(() -> audit.isEmpty() ? Optional.<AuditEntry>empty()
                : Optional.of(audit.get(audit.size() - 1)));
    }

    @Override
    public Optional<IdempotentResult> idempotent(String key) {
        return log.read(() -> Optional.ofNullable(keys.get(key)));
    }

    @Override
    public void saveIdempotent(String key, IdempotentResult result) {
        log.read(() -> {
            keys.put(key, result);
            log.onUndo(() -> keys.remove(key));
            return null;
        });
    }
}
