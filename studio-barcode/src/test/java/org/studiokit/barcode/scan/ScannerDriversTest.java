package org.studiokit.barcode.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.scan.replay.ReplayDriver;
import org.studiokit.barcode.scan.serial.SerialScannerDriver;
import org.studiokit.barcode.scan.wedge.KeyboardWedgeDriver;
import org.studiokit.barcode.testing.RecordingListener;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("SCN-1 scanner drivers found by ServiceLoader")
class ScannerDriversTest {

    @Test
    void SCN1_the_built_in_drivers_are_listed_as_services() {
        assertThat(ScannerDrivers.all()).extracting(ScannerDriver::id).containsExactly("serial", "wedge", "replay");
    }

    @Test
    void SCN1_a_driver_is_found_by_its_id_in_any_case() {
        assertThat(ScannerDrivers.find("serial")).get().isInstanceOf(SerialScannerDriver.class);
        assertThat(ScannerDrivers.find("Wedge")).get().isInstanceOf(KeyboardWedgeDriver.class);
        assertThat(ScannerDrivers.require(" replay ")).isInstanceOf(ReplayDriver.class);
        assertThat(ScannerDrivers.find("bluetooth")).isEmpty();
    }

    @Test
    void SCN1_an_unknown_driver_is_refused_naming_the_known_ones() {
        assertThatThrownBy(() -> ScannerDrivers.require("bluetooth"))
                .isInstanceOfSatisfying(StudioException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.getMessage()).contains("serial", "wedge", "replay");
                });
    }

    @Test
    void SCN1_missing_or_wrong_options_are_refused_when_opening() {
        ScannerConfig config = ScannerConfig.of("s", Clock.systemUTC());
        RecordingListener listener = new RecordingListener();
        assertThatThrownBy(() -> ScannerDrivers.require("serial").open(config, listener))
                .isInstanceOfSatisfying(StudioException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        assertThatThrownBy(() -> ScannerDrivers.require("serial").open(config.with("port", "/dev/x")
                .with("baud", "fast"), listener)).isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> ScannerDrivers.require("serial").open(config.with("port", "/dev/x")
                .with("parity", "sometimes"), listener)).isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> ScannerDrivers.require("wedge").open(config.with("thresholdMillis", "0"), listener))
                .isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> ScannerDrivers.require("replay").open(config, listener))
                .isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> ScannerDrivers.require("replay").open(config.with("file", "/no/such/file"),
                listener)).isInstanceOf(StudioException.class);
    }
}
