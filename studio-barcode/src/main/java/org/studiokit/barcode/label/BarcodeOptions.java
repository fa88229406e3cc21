package org.studiokit.barcode.label;

import java.util.Objects;
import java.util.Optional;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.core.production.ProductionOrder;

/**
 * The studio's barcoding options (BAR-2): which printouts carry a barcode. Work orders and purchase orders share
 * one option, as in the reference product ("Work Orders and Production Orders"). All are off by default.
 *
 * @param clients          client profiles and account labels
 * @param sessions         session and photographer confirmations
 * @param invoices         invoices
 * @param productionOrders work orders and purchase orders
 */
public record BarcodeOptions(boolean clients, boolean sessions, boolean invoices, boolean productionOrders) {

    /** @return no printout carries a barcode (the default) */
    public static BarcodeOptions none() {
        return new BarcodeOptions(false, false, false, false);
    }

    /** @return every printout carries a barcode */
    public static BarcodeOptions all() {
        return new BarcodeOptions(true, true, true, true);
    }

    /** @return whether the studio prints barcodes on this kind of printout */
    public boolean carries(Printout printout) {
        return switch (Objects.requireNonNull(printout, "printout")) {
            case CLIENT -> clients;
            case SESSION -> sessions;
            case INVOICE -> invoices;
            case WORK_ORDER, PURCHASE_ORDER -> productionOrders;
        };
    }

    /**
     * Decides whether a printout of a record gets a barcode, and which.
     *
     * @param printout the printout
     * @param number   the record's number; 0 (unnumbered, such as the Quick Sale client) means no barcode
     * @return the payload to print, or empty when the option is off or the record has no number
     */
    public Optional<BarcodePayload> barcodeFor(Printout printout, long number) {
        if (!carries(printout) || number <= 0 || number > BarcodePayload.MAX_NUMBER) {
            return Optional.empty();
        }
        return Optional.of(BarcodePayload.of(printout.recordType(), number));
    }

    /**
     * @return the payload for a work order or purchase order printout, or empty when production order barcodes
     *         are off or the order has no production order number yet
     */
    public Optional<BarcodePayload> barcodeFor(ProductionOrder order) {
        Objects.requireNonNull(order, "order");
        return barcodeFor(Printout.of(order.kind()), order.number());
    }
}
