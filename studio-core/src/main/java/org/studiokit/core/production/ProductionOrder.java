package org.studiokit.core.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.Identified;

/**
 * A production order (PRD-1): one per vendor for an invoice.
 *
 * @param id           internal id
 * @param number       the production order number, 0 while unnumbered (no barcode then)
 * @param documentId   the invoice
 * @param vendor       the lab or vendor
 * @param kind         work order or purchase order
 * @param type         the order type name
 * @param status       the current status
 * @param heldAt       the status the order was at when put on hold, else null
 * @param due          the due date or null
 * @param notes        notes for in-house use
 * @param vendorNotes  notes for the vendor
 * @param voided       whether voided with its invoice
 * @param history      every status change, oldest first
 */
public record ProductionOrder(long id, long number, long documentId, String vendor, OrderKind kind, String type,
        String status, String heldAt, LocalDate due, String notes, String vendorNotes, boolean voided,
        List<StatusChange> history) implements Identified {

    /** Validates and copies. */
    public ProductionOrder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    /** @return a copy moved to a status, with the change appended to its history */
    public ProductionOrder moved(String to, String newHeldAt, StatusChange change) {
        List<StatusChange> h = new ArrayList<>(history);
        h.add(change);
        return new ProductionOrder(id, number, documentId, vendor, kind, type, to, newHeldAt, due, notes, vendorNotes,
                voided, h);
    }

    /** @return a void copy */
    public ProductionOrder asVoid() {
        return new ProductionOrder(id, number, documentId, vendor, kind, type, status, heldAt, due, notes, vendorNotes,
                true, history);
    }
}
