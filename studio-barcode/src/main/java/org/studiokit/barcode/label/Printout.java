package org.studiokit.barcode.label;

import org.studiokit.barcode.RecordType;
import org.studiokit.core.production.OrderKind;

/** The printouts that can carry a barcode (BAR-2), and the record type each one's barcode points at. */
public enum Printout {
    /** Client profile and client account labels: the client number. */
    CLIENT(RecordType.CLIENT),
    /** Session and photographer confirmations: the session number. */
    SESSION(RecordType.SESSION),
    /** Invoices: the invoice number. */
    INVOICE(RecordType.INVOICE),
    /** In-house work orders: the production order number. */
    WORK_ORDER(RecordType.PRODUCTION_ORDER),
    /** Vendor purchase orders: the production order number. */
    PURCHASE_ORDER(RecordType.PRODUCTION_ORDER);

    private final RecordType recordType;

    Printout(RecordType recordType) {
        this.recordType = recordType;
    }

    /** @return the record type of this printout's barcode */
    public RecordType recordType() {
        return recordType;
    }

    /** @return the printout of a production order of the given kind */
    public static Printout of(OrderKind kind) {
        return kind == OrderKind.WORK_ORDER ? WORK_ORDER : PURCHASE_ORDER;
    }
}
