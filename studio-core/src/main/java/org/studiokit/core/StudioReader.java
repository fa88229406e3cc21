package org.studiokit.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;

/**
 * Read-only access to everything a studio holds, for reports, views and other modules. Nothing reachable from it
 * writes.
 */
public interface StudioReader {
    /** Runs reads as one consistent snapshot (see {@code StudioStore.read}). */
    <T> T read(Supplier<T> reads);

    /** @return the current settings */
    StudioSettings settings();

    /** @return the lock date (LCK-3) or null */
    LocalDate lockDate();

    /** @return clients */
    Records<Client> clients();

    /** @return sessions */
    Records<Session> sessions();

    /** @return documents */
    Records<Document> documents();

    /** @return money movements */
    Records<MoneyMovement> movements();

    /** @return production orders */
    Records<ProductionOrder> orders();

    /** @return the documents a posting run through a date may touch (see {@code StudioStore.documentsToPost}) */
    List<Document> documentsToPost(LocalDate through);

    /** @return the money movements a posting run through a date may touch (see {@code StudioStore}) */
    List<MoneyMovement> movementsToPost(LocalDate through);

    /** @return every movement whose document or transfer target is one of these documents, in id order */
    List<MoneyMovement> movementsTouching(Collection<Long> documentIds);

    /** @return the latest date of a non-void, non-estimate record, or null (see {@code StudioStore}) */
    LocalDate latestRecordDate();

    /** @return the open documents and deposit sources as of a date, for the aging (see {@link Receivables}) */
    Receivables receivables(LocalDate asOf);
}
