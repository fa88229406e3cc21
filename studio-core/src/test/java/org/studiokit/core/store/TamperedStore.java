package org.studiokit.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A store whose audit rows someone edited behind the studio's back (AUD-1's threat: a database administrator, a
 * restored backup): it reads and writes through another store, except that a test can replace what reading an audit
 * entry returns. The verifier must then report the chain broken. Production stores have no such hook.
 */
public final class TamperedStore implements StudioStore {
    private final StudioStore store;
    private final Map<Integer, AuditEntry> edited = new HashMap<>();

    /** @param store the store the studio really writes to */
    public TamperedStore(StudioStore store) {
        this.store = store;
    }

    /** Makes the audit entry at an index read back as another entry. */
    public void edit(int index, AuditEntry entry) {
        edited.put(index, entry);
    }

    /** @return the entry at an index with its actor replaced, the rest (and its hash) kept */
    public static AuditEntry byAnotherActor(AuditEntry e, String actor) {
        return new AuditEntry(e.sequence(), e.at(), actor, e.action(), e.record(), e.before(), e.after(),
                e.previous(), e.hash());
    }

    @Override
    public List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>(store.audit());
        edited.forEach((i, e) -> entries.set(i, e));
        return entries;
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return store.transaction(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return store.read(work);
    }

    @Override
    public StudioSettings settings() {
        return store.settings();
    }

    @Override
    public void saveSettings(StudioSettings settings) {
        store.saveSettings(settings);
    }

    @Override
    public LocalDate lockDate() {
        return store.lockDate();
    }

    @Override
    public void saveLockDate(LocalDate date) {
        store.saveLockDate(date);
    }

    @Override
    public long nextNumber(Sequence sequence) {
        return store.nextNumber(sequence);
    }

    @Override
    public long peekNumber(Sequence sequence) {
        return store.peekNumber(sequence);
    }

    @Override
    public Repository<Client> clients() {
        return store.clients();
    }

    @Override
    public Repository<Session> sessions() {
        return store.sessions();
    }

    @Override
    public Repository<Document> documents() {
        return store.documents();
    }

    @Override
    public Repository<MoneyMovement> movements() {
        return store.movements();
    }

    @Override
    public Repository<ProductionOrder> orders() {
        return store.orders();
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        store.appendAudit(entry);
    }

    @Override
    public Optional<AuditEntry> lastAudit() {
        return store.lastAudit();
    }

    @Override
    public Optional<IdempotentResult> idempotent(String key) {
        return store.idempotent(key);
    }

    @Override
    public void saveIdempotent(String key, IdempotentResult result) {
        store.saveIdempotent(key, result);
    }
}
