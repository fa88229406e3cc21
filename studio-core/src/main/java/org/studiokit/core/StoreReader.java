package org.studiokit.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.Repository;
import org.studiokit.core.store.StudioStore;

/** The {@link StudioReader} over a store: views that delegate reads and cannot be cast back to a repository. */
final class StoreReader implements StudioReader {
    private final StudioStore store;
    private final Records<Client> clients;
    private final Records<Session> sessions;
    private final Records<Document> documents;
    private final Records<MoneyMovement> movements;
    private final Records<ProductionOrder> orders;

    StoreReader(StudioStore store) {
        this.store = store;
        this.clients = new View<>(store::clients);
        this.sessions = new View<>(store::sessions);
        this.documents = new View<>(store::documents);
        this.movements = new View<>(store::movements);
        this.orders = new View<>(store::orders);
    }

    @Override
    public <T> T read(Supplier<T> reads) {
        return store.read(reads);
    }

    @Override
    public StudioSettings settings() {
        return store.settings();
    }

    @Override
    public LocalDate lockDate() {
        return store.lockDate();
    }

    @Override
    public Records<Client> clients() {
        return clients;
    }

    @Override
    public Records<Session> sessions() {
        return sessions;
    }

    @Override
    public Records<Document> documents() {
        return documents;
    }

    @Override
    public Records<MoneyMovement> movements() {
        return movements;
    }

    @Override
    public Records<ProductionOrder> orders() {
        return orders;
    }

    @Override
    public List<Document> documentsToPost(LocalDate through) {
        return store.documentsToPost(through);
    }

    @Override
    public List<MoneyMovement> movementsToPost(LocalDate through) {
        return store.movementsToPost(through);
    }

    @Override
    public List<MoneyMovement> movementsTouching(Collection<Long> documentIds) {
        return store.movementsTouching(documentIds);
    }

    @Override
    public LocalDate latestRecordDate() {
        return store.latestRecordDate();
    }

    @Override
    public Receivables receivables(LocalDate asOf) {
        return store.receivables(asOf);
    }

    /** A read-only view of a repository, asked for afresh on each read (a database store's may be per session). */
    private static final class View<T extends Identified> implements Records<T> {
        private final Supplier<Repository<T>> repository;

        View(Supplier<Repository<T>> repository) {
            this.repository = repository;
        }

        @Override
        public Optional<T> find(long id) {
            return repository.get().find(id);
        }

        @Override
        public Optional<T> findByNumber(long number) {
            return repository.get().findByNumber(number);
        }

        @Override
        public List<T> findAll(Collection<Long> ids) {
            return repository.get().findAll(ids);
        }

        @Override
        public List<T> all() {
            return repository.get().all();
        }

        @Override
        public List<T> by(String index, long key) {
            return repository.get().by(index, key);
        }

        @Override
        public int size() {
            return repository.get().size();
        }
    }
}
