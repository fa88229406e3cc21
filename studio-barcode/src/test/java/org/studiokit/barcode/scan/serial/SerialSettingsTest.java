package org.studiokit.barcode.scan.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("SCN-1 serial settings")
class SerialSettingsTest {
    private final ScannerConfig base = ScannerConfig.of("s", Clock.systemUTC());

    @Test
    void SCN1_defaults_are_9600_8N1_with_cr_and_a_one_second_reconnect() {
        SerialSettings settings = SerialSettings.from(base.with("port", "/dev/ttyUSB0"));
        assertThat(settings).isEqualTo(SerialSettings.of("/dev/ttyUSB0"));
        assertThat(settings.baudRate()).isEqualTo(9600);
        assertThat(settings.dataBits()).isEqualTo(8);
        assertThat(settings.parity()).isEqualTo(SerialParity.NONE);
        assertThat(settings.stopBits()).isEqualTo(StopBits.ONE);
        assertThat(settings.terminator()).isEqualTo(LineTerminator.CR);
        assertThat(settings.reconnectInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void SCN1_every_option_is_read_from_text_and_written_back() {
        ScannerConfig config = base.with("port", "COM3").with("baud", "19200").with("dataBits", "7")
                .with("parity", "even").with("stopBits", "1.5").with("terminator", "crlf")
                .with("reconnectMillis", "250").with("readTimeoutMillis", "20");
        SerialSettings settings = SerialSettings.from(config);
        assertThat(settings).isEqualTo(new SerialSettings("COM3", 19200, 7, SerialParity.EVEN,
                StopBits.ONE_POINT_FIVE, LineTerminator.CRLF, Duration.ofMillis(250), Duration.ofMillis(20)));
        assertThat(SerialSettings.from(settings.applyTo(base))).isEqualTo(settings);
    }

    @Test
    void SCN1_wrong_settings_are_refused_as_validation() {
        for (ScannerConfig wrong : new ScannerConfig[] {
            base, base.with("port", " "), base.with("port", "p").with("baud", "0"),
            base.with("port", "p").with("dataBits", "9"), base.with("port", "p").with("stopBits", "3"),
            base.with("port", "p").with("terminator", "TAB"), base.with("port", "p").with("reconnectMillis", "0"),
            base.with("port", "p").with("baud", "99999999999")}) {
            assertThatThrownBy(() -> SerialSettings.from(wrong)).as(wrong.options().toString())
                    .isInstanceOfSatisfying(StudioException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        }
    }
}
