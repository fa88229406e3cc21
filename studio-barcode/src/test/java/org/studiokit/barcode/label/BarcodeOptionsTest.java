package org.studiokit.barcode.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;

@DisplayName("BAR-2 barcoding options")
class BarcodeOptionsTest {

    @Test
    void BAR2_by_default_no_printout_carries_a_barcode() {
        for (Printout printout : Printout.values()) {
            assertThat(BarcodeOptions.none().carries(printout)).isFalse();
            assertThat(BarcodeOptions.none().barcodeFor(printout, 5)).isEmpty();
        }
    }

    @Test
    void BAR2_each_option_puts_its_record_number_on_its_printouts() {
        BarcodeOptions options = BarcodeOptions.all();
        assertThat(options.barcodeFor(Printout.CLIENT, 7)).contains(BarcodePayload.of(RecordType.CLIENT, 7));
        assertThat(options.barcodeFor(Printout.SESSION, 8)).contains(BarcodePayload.of(RecordType.SESSION, 8));
        assertThat(options.barcodeFor(Printout.INVOICE, 1042)).contains(BarcodePayload.of(RecordType.INVOICE, 1042));
        assertThat(options.barcodeFor(Printout.WORK_ORDER, 3))
                .contains(BarcodePayload.of(RecordType.PRODUCTION_ORDER, 3));
        assertThat(options.barcodeFor(Printout.PURCHASE_ORDER, 3))
                .contains(BarcodePayload.of(RecordType.PRODUCTION_ORDER, 3));
    }

    @Test
    void BAR2_options_are_independent_and_work_and_purchase_orders_share_one() {
        BarcodeOptions invoicesOnly = new BarcodeOptions(false, false, true, false);
        assertThat(invoicesOnly.carries(Printout.INVOICE)).isTrue();
        assertThat(invoicesOnly.carries(Printout.CLIENT)).isFalse();
        assertThat(invoicesOnly.carries(Printout.SESSION)).isFalse();
        assertThat(invoicesOnly.carries(Printout.WORK_ORDER)).isFalse();
        BarcodeOptions ordersOnly = new BarcodeOptions(false, false, false, true);
        assertThat(ordersOnly.carries(Printout.WORK_ORDER)).isTrue();
        assertThat(ordersOnly.carries(Printout.PURCHASE_ORDER)).isTrue();
        assertThat(ordersOnly.carries(Printout.INVOICE)).isFalse();
    }

    @Test
    void BAR2_a_production_order_without_a_number_has_no_barcode() {
        assertThat(BarcodeOptions.all().barcodeFor(order(0, OrderKind.PURCHASE_ORDER))).isEmpty();
        assertThat(BarcodeOptions.all().barcodeFor(order(0, OrderKind.WORK_ORDER))).isEmpty();
    }

    @Test
    void BAR2_a_numbered_production_order_has_a_P_barcode_when_the_option_is_on() {
        assertThat(BarcodeOptions.all().barcodeFor(order(12, OrderKind.WORK_ORDER)))
                .contains(BarcodePayload.of(RecordType.PRODUCTION_ORDER, 12));
        assertThat(BarcodeOptions.none().barcodeFor(order(12, OrderKind.WORK_ORDER))).isEmpty();
    }

    @Test
    void BAR2_an_unnumbered_record_such_as_the_quick_sale_client_has_no_barcode() {
        assertThat(BarcodeOptions.all().barcodeFor(Printout.CLIENT, 0)).isEmpty();
    }

    private static ProductionOrder order(long number, OrderKind kind) {
        return new ProductionOrder(1, number, 1, "Lab", kind, "Print", "Ordered", null, null, null, null, false,
                List.of());
    }
}
