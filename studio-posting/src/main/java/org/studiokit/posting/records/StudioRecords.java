package org.studiokit.posting.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioReader;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.service.Balances;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.RecordRef;

/**
 * The studio's records as the posting side sees them: the {@link RecordReader} over the studio's read-only records.
 * Posting writes lock states only through the studio's checked {@code Locks}.
 */
public final class StudioRecords implements RecordReader {
    private final Studio studio;
    private final StudioReader store;
    private final Balances balances;

    /** @param studio the studio */
    public StudioRecords(Studio studio) {
        this.studio = studio;
        this.store = studio.records();
        this.balances = studio.balances();
    }

    @Override
    public <T> T snapshot(Supplier<T> reads) {
        return studio.transaction(reads);
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
    public LocalDate today() {
        return LocalDate.ofInstant(studio.clock().instant(), studio.clock().getZone());
    }

    @Override
    public List<Document> documents() {
        return store.documents().all();
    }

    @Override
    public List<Document> documentsOfClient(long clientId) {
        return store.documents().by("client", clientId);
    }

    @Override
    public Document document(long id) {
        return store.documents().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id));
    }

    @Override
    public Optional<Document> findDocument(long id) {
        return store.documents().find(id);
    }

    /** @return the documents a run through a date may touch: unlocked ones and unposted ones dated through it */
    public List<Document> documentsToPost(LocalDate through) {
        return store.documentsToPost(through);
    }

    @Override
    public List<Document> documents(Collection<Long> ids) {
        return store.documents().findAll(ids);
    }

    @Override
    public List<MoneyMovement> movements() {
        return store.movements().all();
    }

    /** @return the money movements a run through a date may touch: unlocked ones and unposted ones through it */
    public List<MoneyMovement> movementsToPost(LocalDate through) {
        return store.movementsToPost(through);
    }

    /** @return every movement touching one of these documents (as document or transfer target), in id order */
    public List<MoneyMovement> movementsTouching(Collection<Long> documentIds) {
        return store.movementsTouching(documentIds);
    }

    @Override
    public List<MoneyMovement> movementsOfClient(long clientId) {
        return store.movements().by("client", clientId);
    }

    @Override
    public List<MoneyMovement> movementsOnDocument(long documentId) {
        return store.movements().by("document", documentId);
    }

    @Override
    public List<MoneyMovement> drawnFrom(long sourceId) {
        return store.movements().by("source", sourceId);
    }

    @Override
    public List<MoneyMovement> movementsOf(long documentId) {
        return balances.movementsOf(documentId);
    }

    @Override
    public MoneyMovement movement(long id) {
        return store.movements().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no movement " + id, "movement", id));
    }

    @Override
    public List<Client> clients() {
        return store.clients().all();
    }

    @Override
    public String clientName(long clientId) {
        return clientId == 0 ? null : store.clients().find(clientId).map(Client::name).orElse(null);
    }

    @Override
    public List<ProductionOrder> orders() {
        return store.orders().all();
    }

    @Override
    public Money balanceAsOf(Document document, LocalDate asOf) {
        return balances.balanceAsOf(document, asOf);
    }

    @Override
    public Money remainingAsOf(MoneyMovement source, LocalDate asOf) {
        return balances.remainingAsOf(source, asOf);
    }

    @Override
    public LocalDate latestRecordDate() {
        return store.latestRecordDate();
    }

    @Override
    public Receivables receivables(LocalDate asOf) {
        return store.receivables(asOf);
    }

    /** @return a record's lock state */
    public LockState lockOf(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? document(r.id()).lock() : movement(r.id()).lock();
    }

    /** @return a record's date */
    public LocalDate dateOf(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? document(r.id()).date() : movement(r.id()).date();
    }

    /** @return whether a record is void (DOC-12) */
    public boolean isVoid(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? document(r.id()).voided() : movement(r.id()).voided();
    }

    /** @return ids of documents posted so far */
    public Set<Long> postedDocuments() {
        Set<Long> s = new LinkedHashSet<>();
        for (Document d : documents()) {
            if (d.lock().posted()) {
                s.add(d.id());
            }
        }
        return s;
    }
}
