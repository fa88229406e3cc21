package org.studiokit.posting.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.RecordRef;

/**
 * The read port of a studio's records as the posting side needs them: reports and the planner read records only
 * through it, never through the facade.
 */
public interface RecordReader {
    /** Runs reads as one consistent snapshot: a transaction of the studio store. */
    <T> T snapshot(Supplier<T> reads);

    /** @return the current settings */
    StudioSettings settings();

    /** @return the lock date (LCK-3), or null */
    LocalDate lockDate();

    /** @return today by the studio's clock */
    LocalDate today();

    /** @return every document */
    List<Document> documents();

    /** @return a client's documents */
    List<Document> documentsOfClient(long clientId);

    /** @return a document ({@code NOT_FOUND} when unknown) */
    Document document(long id);

    /**
     * @param ids internal ids of documents
     * @return the known documents with these ids, once each, in id order (one read, not one per document)
     */
    List<Document> documents(Collection<Long> ids);

    /** @return a document, if known */
    Optional<Document> findDocument(long id);

    /** @return every money movement */
    List<MoneyMovement> movements();

    /** @return a client's money movements */
    List<MoneyMovement> movementsOfClient(long clientId);

    /** @return the movements whose document is the given one (not transfers into it) */
    List<MoneyMovement> movementsOnDocument(long documentId);

    /** @return the applications and un-applies drawn from a deposit or payment */
    List<MoneyMovement> drawnFrom(long sourceId);

    /** @return every movement touching a document (as document or transfer target) */
    List<MoneyMovement> movementsOf(long documentId);

    /** @return a money movement ({@code NOT_FOUND} when unknown) */
    MoneyMovement movement(long id);

    /** @return every client */
    List<Client> clients();

    /** @return the client's name, or null (0 or unknown) */
    String clientName(long clientId);

    /** @return every production order */
    List<ProductionOrder> orders();

    /** @return a document's balance counting movements dated on or before a date (all when null), DOC-8 */
    Money balanceAsOf(Document document, LocalDate asOf);

    /** @return a deposit's or un-apply's amount less its applications dated on or before a date (all when null) */
    Money remainingAsOf(MoneyMovement source, LocalDate asOf);

    /**
     * @return the latest date of any record the reports count (not estimates, DOC-8, not void, DOC-12), or null when
     *         there is none
     */
    LocalDate latestRecordDate();

    /** @return the open documents and deposit sources as of a date (RPT-1), see {@link Receivables} */
    Receivables receivables(LocalDate asOf);

    /** @return how people name a record, e.g. {@code invoice 1001} or {@code payment 3} */
    default String label(RecordRef r) {
        return r.kind() == RecordRef.Kind.DOCUMENT ? RecordLabels.of(document(r.id()))
                : RecordLabels.of(movement(r.id()));
    }
}
