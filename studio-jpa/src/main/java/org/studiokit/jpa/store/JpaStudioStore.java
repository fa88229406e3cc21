package org.studiokit.jpa.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.studiokit.core.Identified;
import org.studiokit.core.LockState;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.IdempotentResult;
import org.studiokit.core.store.Repository;
import org.studiokit.core.store.Sequence;
import org.studiokit.core.store.StudioStore;
import org.studiokit.jpa.row.AuditRow;
import org.studiokit.jpa.row.ClientRow;
import org.studiokit.jpa.row.DocumentMapper;
import org.studiokit.jpa.row.DocumentRow;
import org.studiokit.jpa.row.IdempotencyRow;
import org.studiokit.jpa.row.Json;
import org.studiokit.jpa.row.MovementRow;
import org.studiokit.jpa.row.NameKey;
import org.studiokit.jpa.row.OrderRow;
import org.studiokit.jpa.row.RowReads;
import org.studiokit.jpa.row.SessionRow;
import org.studiokit.jpa.row.StudioRow;

/**
 * The core store of one studio on a database (STO-1): every row carries the studio id (STO-4). The typed finders of
 * a posting run are queries on indexed columns: unposted records by (lock batch, date), unlocked ones by their flag,
 * the movements on a set of documents by document and by transfer target; the aging's open records by grouped sums.
 */
public final class JpaStudioStore implements StudioStore {
    private final Tx tx;
    private final Repository<Client> clients;
    private final Repository<Session> sessions;
    private final JpaRepository<Document, DocumentRow> documents;
    private final JpaRepository<MoneyMovement, MovementRow> movements;
    private final Repository<ProductionOrder> orders;
    private final LockWriter locks;
    private final ReceivablesQuery receivables;
    private volatile Parsed parsed;
    /** The movements on documents, by document and by transfer target: one round trip, each side on its index. */
    private static final String TOUCHING = "select " + RowReads.MOVEMENT_COLUMNS + " from sk_movement"
            + " where studio_id = ? and document_id in (%1$s) and document_id between ? and ? union all select "
            + RowReads.MOVEMENT_COLUMNS + " from sk_movement where studio_id = ? and target_id in (%1$s)"
            + " and target_id between ? and ?";

    /** @param tx the studio's transactions */
    public JpaStudioStore(Tx tx) {
        this.tx = tx;
        this.clients = new JpaRepository<>(tx, new ClientRow.Mapper());
        this.sessions = new JpaRepository<>(tx, new SessionRow.Mapper());
        this.documents = new JpaRepository<>(tx, new DocumentMapper());
        this.movements = new JpaRepository<>(tx, new MovementRow.Mapper());
        this.orders = new JpaRepository<>(tx, new OrderRow.Mapper());
        this.locks = new LockWriter(tx);
        this.receivables = new ReceivablesQuery(tx);
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return tx.write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return tx.read(work);
    }

    private StudioRow studio() {
        return tx.studio();
    }

    @Override
    public StudioSettings settings() {
        String json = studio().settings();
        Parsed last = parsed;
        if (last != null && last.json().equals(json)) {
            if (last.json() != json) {
                parsed = new Parsed(json, last.settings());
            }
            return last.settings();
        }
        StudioSettings settings = Json.read(json, StudioSettings.class);
        parsed = new Parsed(json, settings);
        return settings;
    }

    /**
     * The last settings read, with the JSON they were read from: the text a transaction read last, so the many reads
     * of one command compare it by identity rather than character by character.
     */
    private record Parsed(String json, StudioSettings settings) {
    }

    @Override
    public void saveSettings(StudioSettings settings) {
        String json = Json.write(settings);
        tx.saveStudio(row -> {
            row.settings(json);
            return row;
        });
    }

    @Override
    public LocalDate lockDate() {
        return studio().lockDate();
    }

    @Override
    public void saveLockDate(LocalDate date) {
        tx.saveStudio(row -> {
            row.lockDate(date);
            return row;
        });
    }

    @Override
    public long nextNumber(Sequence sequence) {
        return tx.take(sequence.name(), () -> first(sequence));
    }

    @Override
    public long peekNumber(Sequence sequence) {
        return tx.peek(sequence.name(), () -> first(sequence));
    }

    private long first(Sequence sequence) {
        var n = settings().numbering();
        return switch (sequence) {
            case CLIENT -> n.client();
            case SESSION -> n.session();
            case DOCUMENT -> n.invoice();
            case MOVEMENT -> n.movement();
            case ORDER -> n.order();
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
        return toPost(documents, "docDate", through);
    }

    @Override
    public List<MoneyMovement> movementsToPost(LocalDate through) {
        return toPost(movements, "movementDate", through);
    }

    /** Unposted records through the date (two indexed conditions, one query each), then the unlocked ones. */
    private static <T extends Identified> List<T> toPost(JpaRepository<T, ?> repository, String date,
            LocalDate through) {
        List<T> found = new ArrayList<>(through == null
                ? repository.where("r.lock.lockBatch = 0", Map.of())
                : repository.where("r.lock.lockBatch = 0 and r." + date + " <= :d", Map.of("d", through)));
        found.addAll(repository.where("r.lock.lockUnlocked = true", Map.of()));
        found.sort(Comparator.comparingLong(Identified::id));
        return found;
    }

    @Override
    public List<MoneyMovement> movementsTouching(Collection<Long> documentIds) {
        return StudioStore.inIdOrder(new ArrayList<>(movements.plainIn(TOUCHING, documentIds)));
    }

    @Override
    public LocalDate latestRecordDate() {
        return receivables.latest();
    }

    /** The aging's open records, summed by the database (see {@link ReceivablesQuery}). */
    @Override
    public Receivables receivables(LocalDate asOf) {
        return receivables.asOf(asOf);
    }

    /** @return lock states read from the lock columns only, in chunks (see {@link LockWriter}) */
    @Override
    public Map<Long, LockState> documentLocks(Collection<Long> ids) {
        return locks.locks("DocumentRow", ids);
    }

    @Override
    public Map<Long, LockState> movementLocks(Collection<Long> ids) {
        return locks.locks("MovementRow", ids);
    }

    /** Marks what a posting run posted: one bulk update per lock state and chunk of ids (see {@link LockWriter}). */
    @Override
    public void saveLocks(Map<Long, LockState> documents, Map<Long, LockState> movements) {
        tx.write(() -> {
            locks.save("DocumentRow", documents);
            locks.save("MovementRow", movements);
            return null;
        });
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        tx.write(() -> {
            tx.em().persist(AuditRow.of(tx.studioId(), entry));
            return null;
        });
    }

    @Override
    public List<AuditEntry> audit() {
        return tx.with(em -> em.createQuery("select a from AuditRow a where a.studioId = :s order by a.id",
                AuditRow.class).setParameter("s", tx.studioId()).getResultList().stream().map(AuditRow::entry)
                .toList());
    }

    @Override
    public Optional<AuditEntry> lastAudit() {
        return tx.with(em -> em.createQuery("select a from AuditRow a where a.studioId = :s order by a.id desc",
                AuditRow.class).setParameter("s", tx.studioId()).setMaxResults(1).getResultStream().findFirst()
                .map(AuditRow::entry));
    }

    @Override
    public Optional<IdempotentResult> idempotent(String key) {
        return tx.with(em -> Optional.ofNullable(em.find(IdempotencyRow.class,
                NameKey.of(tx.studioId(), IdempotencyRow.hash(key)))).map(IdempotencyRow::value));
    }

    @Override
    public void saveIdempotent(String key, IdempotentResult result) {
        tx.write(() -> {
            IdempotencyRow old = tx.em().find(IdempotencyRow.class,
                    NameKey.of(tx.studioId(), IdempotencyRow.hash(key)));
            if (old != null) {
                tx.em().remove(old);
                tx.em().flush();
            }
            tx.em().persist(IdempotencyRow.of(tx.studioId(), key, result));
            return null;
        });
    }
}
