package org.studiokit.posting.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.store.LongObjectMap;
import org.studiokit.posting.records.StudioRecords;

/**
 * The money movements of a set of documents, read in one go ({@code movementsTouching}) instead of one document at
 * a time: for each document, the movements whose document or transfer target it is, in id order (what
 * {@code movementsOf} answers for one). A document without money shares one empty list.
 */
final class DocumentMoney {
    private static final List<MoneyMovement> NONE = List.of();

    private final LongObjectMap<List<MoneyMovement>> byDocument;

    private DocumentMoney(int documents) {
        byDocument = new LongObjectMap<>(documents);
    }

    /** @return the movements of these documents, read from the records */
    static DocumentMoney of(StudioRecords records, Collection<Long> documentIds) {
        DocumentMoney money = new DocumentMoney(documentIds.size());
        documentIds.forEach(id -> money.byDocument.put(id, NONE));
        for (MoneyMovement m : records.movementsTouching(documentIds)) {
            money.add(m.documentId(), m);
            if (m.targetId() != null && !m.targetId().equals(m.documentId())) {
                money.add(m.targetId(), m);
            }
        }
        return money;
    }

    private void add(Long documentId, MoneyMovement m) {
        List<MoneyMovement> list = documentId == null ? null : byDocument.get(documentId);
        if (list == NONE) {
            list = new ArrayList<>(2);
            byDocument.put(documentId, list);
        }
        if (list != null) {
            list.add(m);
        }
    }

    /** @return the movements touching a document of the set (as document or transfer target), in id order */
    List<MoneyMovement> of(long documentId) {
        List<MoneyMovement> list = byDocument.get(documentId);
        if (list == null) {
            throw new IllegalArgumentException("document " + documentId + " was not read");
        }
        return list;
    }
}
