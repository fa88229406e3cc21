package org.studiokit.core;

import java.util.Locale;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.MoneyMovement;

/** How people name records in journal entries, previews, messages and the audit log: {@code invoice 1001}. */
public final class RecordNames {
    private RecordNames() {
    }

    /** @return {@code invoice N}, {@code credit memo N} or {@code estimate N} */
    public static String of(Document d) {
        return (d.type() == DocumentType.CREDIT_MEMO ? "credit memo " : d.type() == DocumentType.ESTIMATE
                ? "estimate " : "invoice ") + d.number();
    }

    /** @return the movement's kind in lower case and its number, e.g. {@code payment 3} */
    public static String of(MoneyMovement m) {
        return m.kind().name().toLowerCase(Locale.ROOT) + " " + m.number();
    }
}
