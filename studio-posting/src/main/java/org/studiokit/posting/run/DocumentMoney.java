package org.studiokit.posting.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.posting.records.StudioRecords;

/**
 * The money movements of a set of documents, read in one go ({@code movementsTouching}) instead of one document at
 * a time: for each document, the movements whose document or transfer target it is, in id order (what
 * {@code movementsOf} answers for one).
 */
final class DocumentMoney {
    private final Map<Long, List<MoneyMovement>> byDocument = new HashMap<>();

    private DocumentMoney() {
    }

    /** @return the movements of these documents, read from the records */
    static DocumentMoney of(StudioRecords records, Collection<Long> documentIds) {
        DocumentMoney money = new DocumentMoney();
        documentIds.forEach(id -> money.byDocument.put(id, new ArrayList<>()));
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
