package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.posting.journal.RecordRef;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code show}, {@code edit} and {@code delete}: the record a ref names, as it now is. Documents take the edit
 * fields date, lines, discount, shipping and taxes; money movements date, method and amount (LCK-2). Delete voids
 * (DOC-12).
 */
final class RecordOps {
    private static final List<String> DOCUMENT_FIELDS = List.of("date", "lines", "discount", "shipping", "taxes");
    private static final List<String> MOVEMENT_FIELDS = List.of("date", "method", "amount");

    private RecordOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("show", c -> StepResult.of(view(c, c.anyRef("record"))));
        ops.put("edit", RecordOps::edit);
        ops.put("delete", RecordOps::delete);
    }

    /** @return the record as it now is */
    static ObjectNode view(StepContext c, Refs.Bound r) {
        long id = r.id();
        return switch (r.kind()) {
            case CLIENT -> c.views().parties().client(c.studio().clients().get(id));
            case SESSION -> c.views().parties().session(c.studio().sessions().get(id));
            case DOCUMENT -> c.views().documents().current(id);
            case MOVEMENT -> c.views().movements().current(id);
            case ORDER -> c.views().parties().order(c.studio().records().orders().find(id).orElseThrow());
            case BATCH -> throw StepInput.invalid("record", "a posting batch is not a record to show");
        };
    }

    /** @return the posting reference of a document or money movement ({@code VALIDATION} for other records) */
    static RecordRef postable(String field, Refs.Bound r) {
        if (r.kind() == RecordKind.DOCUMENT) {
            return RecordRef.document(r.id());
        }
        if (r.kind() == RecordKind.MOVEMENT) {
            return RecordRef.movement(r.id());
        }
        throw StepInput.invalid(field, "only documents and money movements are posted, locked and unlocked");
    }

    private static StepResult edit(StepContext c) {
        StepInput in = c.in();
        Refs.Bound record = c.anyRef("record");
        RecordRef ref = postable("record", record);
        boolean document = ref.kind() == RecordRef.Kind.DOCUMENT;
        for (String field : document ? MOVEMENT_FIELDS : DOCUMENT_FIELDS) {
            if (in.has(field) && !(document ? DOCUMENT_FIELDS : MOVEMENT_FIELDS).contains(field)) {
                throw StepInput.invalid(field, "a " + (document ? "document" : "money movement")
                        + " has no field " + field + " to edit");
            }
        }
        LocalDate date = in.optDate("date");
        if (document) {
            List<Line> lines = in.optLines("lines");
            Discount discount = in.optDiscount("discount");
            Money shipping = in.optAmount("shipping");
            List<String> taxes = in.optStrings("taxes");
            c.studio().invoices().edit(c.actor(), ref.id(), new DocumentChange(date, lines, discount, shipping, taxes));
        } else {
            String method = in.optString("method");
            Money amount = in.optAmount("amount");
            c.studio().money().edit(c.actor(), ref.id(), date, method, amount);
        }
        return StepResult.of(view(c, record));
    }

    private static StepResult delete(StepContext c) {
        Refs.Bound record = c.anyRef("record");
        RecordRef ref = postable("record", record);
        if (ref.kind() == RecordRef.Kind.DOCUMENT) {
            c.studio().invoices().voidDocument(c.actor(), ref.id());
        } else {
            c.studio().money().voidMovement(c.actor(), ref.id());
        }
        return StepResult.of(view(c, record));
    }
}
