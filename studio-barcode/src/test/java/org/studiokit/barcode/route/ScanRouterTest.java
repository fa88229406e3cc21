package org.studiokit.barcode.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.replay.ReplayDriver;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("SCN-3 scan routing")
class ScanRouterTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final List<BarcodePayload> opened = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<BarcodePayload> busy = new ArrayList<>();
    private final List<ScanError> scannerErrors = new ArrayList<>();
    private final AtomicBoolean recordOpen = new AtomicBoolean();

    private final ScanRouter router = new ScanRouter(opened::add, recordOpen::get, new RoutingListener() {
        @Override
        public void onRejected(Scan scan, StudioException reason) {
            rejected.add(scan.payload() + ":" + reason.code());
        }

        @Override
        public void onBusy(Scan scan, BarcodePayload payload) {
            busy.add(payload);
        }

        @Override
        public void onScannerError(ScanError error) {
            scannerErrors.add(error);
        }
    });

    private static Scan scan(String text) {
        return new Scan(text, NOW, "desk");
    }

    @Test
    void SCN3_a_scan_opens_its_record_when_nothing_else_is_open() {
        assertThat(router.route(scan("]C0i1042"))).isEqualTo(RouteOutcome.OPENED);
        assertThat(opened).containsExactly(BarcodePayload.of(RecordType.INVOICE, 1042));
    }

    @Test
    void SCN3_a_scan_opens_nothing_while_another_record_is_open() {
        recordOpen.set(true);
        assertThat(router.route(scan("C7"))).isEqualTo(RouteOutcome.BUSY);
        assertThat(opened).isEmpty();
        assertThat(busy).containsExactly(BarcodePayload.of(RecordType.CLIENT, 7));
        recordOpen.set(false);
        assertThat(router.route(scan("C7"))).isEqualTo(RouteOutcome.OPENED);
        assertThat(opened).containsExactly(BarcodePayload.of(RecordType.CLIENT, 7));
    }

    @Test
    void SCN3_an_invalid_payload_goes_to_the_error_callback_and_opens_nothing() {
        assertThat(router.route(scan("hello"))).isEqualTo(RouteOutcome.REJECTED);
        assertThat(router.route(scan("X12"))).isEqualTo(RouteOutcome.REJECTED);
        assertThat(opened).isEmpty();
        assertThat(rejected).containsExactly("hello:INVALID_BARCODE", "X12:INVALID_BARCODE");
    }

    @Test
    void SCN3_an_invalid_payload_is_reported_even_while_a_record_is_open() {
        recordOpen.set(true);
        assertThat(router.route(scan("??"))).isEqualTo(RouteOutcome.REJECTED);
        assertThat(rejected).containsExactly("??:INVALID_BARCODE");
    }

    @Test
    void SCN3_the_hosts_refusal_to_open_is_reported_as_rejected() {
        ScanRouter strict = new ScanRouter(p -> {
            throw new StudioException(ErrorCode.NOT_FOUND, "no invoice " + p.number());
        }, () -> false, (s, reason) -> rejected.add(s.payload() + ":" + reason.code()));
        assertThat(strict.route(scan("I404"))).isEqualTo(RouteOutcome.REJECTED);
        assertThat(rejected).containsExactly("I404:NOT_FOUND");
    }

    @Test
    void SCN3_the_router_listens_to_a_driver_directly() {
        ScannerConfig config = ScannerConfig.of("replay", Clock.fixed(NOW, ZoneOffset.UTC));
        new ReplayDriver().open(List.of("S3", "junk", "bad\u0007"), config, router).start();
        assertThat(opened).containsExactly(BarcodePayload.of(RecordType.SESSION, 3));
        assertThat(rejected).containsExactly("junk:INVALID_BARCODE");
        assertThat(scannerErrors).hasSize(1);
    }
}
