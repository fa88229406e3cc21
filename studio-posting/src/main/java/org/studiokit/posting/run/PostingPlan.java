package org.studiokit.posting.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.records.RecordLabels;
import org.studiokit.posting.records.StudioRecords;

/**
 * What a run will do (PST-1, PST-3): the unlocked records to adjust, then the eligible documents, then the eligible
 * money movements, each in the order they book; and why every other unposted record is not eligible. Immutable.
 *
 * @param cutOff      the run's cut-off
 * @param adjust      unlocked records: documents, then money, each in date and number order
 * @param documents   eligible documents in date and number order
 * @param movements   eligible money movements in date and number order
 * @param notEligible the other unposted records and why, in the order they were found
 */
public record PostingPlan(LocalDate cutOff, List<RecordRef> adjust, List<Document> documents,
        List<MoneyMovement> movements, Map<RecordRef, String> notEligible) {
    /** Copies. */
    public PostingPlan {
        adjust = List.copyOf(adjust);
        documents = List.copyOf(documents);
        movements = List.copyOf(movements);
        notEligible = Collections.unmodifiableMap(new LinkedHashMap<>(notEligible));
    }

    /** @return whether the run has nothing to post (PST-1: then it makes no batch) */
    public boolean isEmpty() {
        return adjust.isEmpty() && documents.isEmpty() && movements.isEmpty();
    }

    /** @return what the run would post, then every other record and why not */
    public List<PreviewItem> preview(StudioRecords records) {
        List<PreviewItem> items = new ArrayList<>();
        adjust.forEach(r -> items.add(new PreviewItem(r, records.label(r), true, "")));
        documents.forEach(d -> items.add(new PreviewItem(RecordRef.document(d.id()), RecordLabels.of(d), true, "")));
        movements.forEach(m -> items.add(new PreviewItem(RecordRef.movement(m.id()), RecordLabels.of(m), true, "")));
        notEligible.forEach((r, why) -> items.add(new PreviewItem(r, records.label(r), false, why)));
        return items;
    }

    /** @return the records LCK-3 wants posted before a close through a date: eligible ones and unlocked ones */
    public List<String> openThrough(LocalDate through, StudioRecords records) {
        List<String> open = new ArrayList<>();
        adjust.stream().filter(r -> !records.dateOf(r).isAfter(through))
                .forEach(r -> open.add("unlocked " + records.label(r)));
        documents.forEach(d -> open.add(RecordLabels.of(d)));
        movements.forEach(m -> open.add(RecordLabels.of(m)));
        return open;
    }
}
