package org.studiokit.barcode.scan.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDrivers;
import org.studiokit.barcode.scan.ScannerSource;
import org.studiokit.barcode.testing.RecordingListener;

@DisplayName("SCN-1 replay driver")
class ReplayTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final ScannerConfig config = ScannerConfig.of("replay-1", Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecordingListener listener = new RecordingListener();

    @TempDir
    Path dir;

    @Test
    void SCN1_a_list_is_replayed_in_order_with_the_framing_rules() {
        try (ScannerSource source = new ReplayDriver().open(List.of("P1", "", " I2 ", "bad\u0000", "C3"), config,
                listener)) {
            source.start();
        }
        assertThat(listener.payloads()).containsExactly("P1", "I2", "C3");
        assertThat(listener.errors()).hasSize(1);
        assertThat(listener.scans()).allSatisfy(scan -> {
            assertThat(scan.sourceId()).isEqualTo("replay-1");
            assertThat(scan.time()).isEqualTo(NOW);
        });
    }

    @Test
    void SCN1_a_file_is_replayed_one_scan_per_line_through_the_service_loader() throws Exception {
        Path file = dir.resolve("scans.txt");
        Files.write(file, "P1\r\nP2\n\nP3\rP4".getBytes(StandardCharsets.ISO_8859_1));
        try (ScannerSource source = ScannerDrivers.require("replay").open(config.with("file", file.toString()),
                listener)) {
            source.start();
        }
        assertThat(listener.payloads()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void SCN2_a_file_with_binary_garbage_is_replayed_without_dying() throws Exception {
        Path file = dir.resolve("noise.bin");
        Files.write(file, new byte[] {'I', '1', '\n', 0, 1, 2, (byte) 0xFF, '\n', 'I', '2', '\n'});
        try (ScannerSource source = new ReplayDriver().open(config.with("file", file.toString()), listener)) {
            source.start();
        }
        assertThat(listener.payloads()).containsExactly("I1", "I2");
        assertThat(listener.errors()).singleElement().satisfies(e -> assertThat(e.rawInput()).isEqualTo("\\x00"));
    }

    @Test
    void SCN1_a_file_that_vanishes_before_start_is_one_error() throws Exception {
        Path file = dir.resolve("gone.txt");
        Files.writeString(file, "P1\n");
        ScannerSource source = new ReplayDriver().open(config.with("file", file.toString()), listener);
        Files.delete(file);
        source.start();
        assertThat(listener.payloads()).isEmpty();
        assertThat(listener.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("gone.txt"));
    }
}
