package org.studiokit.posting.records;

import org.studiokit.core.RecordNames;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;

/** How people name records in journal entries, previews and messages: {@code invoice 1001}, {@code payment 3}. */
public final class RecordLabels {
    private RecordLabels() {
    }

    /** @return {@code invoice N}, {@code credit memo N} or {@code estimate N} */
    public static String of(Document d) {
        return RecordNames.of(d);
    }

    /** @return the movement's kind in lower case and its number, e.g. {@code payment 3} */
    public static String of(MoneyMovement m) {
        return RecordNames.of(m);
    }
}
