package org.studiokit.barcode.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.testing.RecordingListener;

@DisplayName("SCN-2 framing of scanner input")
class ScanFramingTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final RecordingListener listener = new RecordingListener();
    private final ScanFraming framing = new ScanFraming("test", Clock.fixed(NOW, ZoneOffset.UTC), listener);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        framing.accept(bytes, 0, bytes.length);
    }

    @Test
    void SCN2_cr_lf_and_crlf_each_end_one_scan() {
        feed("I1\rI2\nI3\r\nI4\r\n");
        assertThat(listener.payloads()).containsExactly("I1", "I2", "I3", "I4");
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void SCN2_a_crlf_split_across_reads_is_one_terminator() {
        feed("P10\r");
        feed("\nP11\r");
        feed("\n");
        assertThat(listener.payloads()).containsExactly("P10", "P11");
    }

    @Test
    void SCN2_a_scan_split_across_reads_is_joined() {
        feed("P1");
        feed("04");
        feed("2\r");
        assertThat(listener.payloads()).containsExactly("P1042");
    }

    @Test
    void SCN2_a_scan_carries_the_source_id_and_the_clock_time() {
        feed("C5\n");
        assertThat(listener.scans()).singleElement().satisfies(scan -> {
            assertThat(scan.sourceId()).isEqualTo("test");
            assertThat(scan.time()).isEqualTo(NOW);
        });
    }

    @Test
    void SCN2_empty_and_blank_lines_are_ignored() {
        feed("\r\n\n\r\r  \nI9\n \t");
        assertThat(listener.payloads()).containsExactly("I9");
        assertThat(listener.errors()).hasSize(1); // the tab is a control character
    }

    @Test
    void SCN2_surrounding_spaces_are_stripped_from_a_scan() {
        feed("  S12 \r");
        assertThat(listener.payloads()).containsExactly("S12");
    }

    @Test
    void SCN2_a_control_character_is_one_error_and_the_rest_of_its_line_is_dropped() {
        feed("I10\u000142\rI11\r");
        assertThat(listener.payloads()).containsExactly("I11");
        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).contains("0x01");
            assertThat(error.rawInput()).isEqualTo("I10\\x01");
            assertThat(error.sourceId()).isEqualTo("test");
            assertThat(error.time()).isEqualTo(NOW);
        });
    }

    @Test
    void SCN2_input_over_64_characters_is_one_error_then_scanning_goes_on() {
        feed("9".repeat(64) + "\r");
        feed("9".repeat(200) + "\r");
        feed("P1\r");
        assertThat(listener.payloads()).containsExactly("9".repeat(64), "P1");
        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).contains("64");
            assertThat(error.rawInput()).isEqualTo("9".repeat(65));
        });
    }

    @Test
    void SCN2_bytes_outside_printable_ascii_are_errors_shown_escaped() {
        framing.accept(new byte[] {'I', (byte) 0xE9, '1', '\r', (byte) 0xFF, (byte) 0x80, '\n', 'I', '2', '\r'}, 0, 10);
        assertThat(listener.payloads()).containsExactly("I2");
        assertThat(listener.errors()).extracting(ScanError::rawInput).containsExactly("I\\xE9", "\\xFF");
    }

    @Test
    void SCN2_the_framing_never_dies_on_random_bytes_and_recovers_on_the_next_clean_line() {
        Random random = new Random(42);
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        framing.accept(noise, 0, noise.length);
        feed("\rI77\r");
        assertThat(listener.payloads()).endsWith("I77");
        assertThat(listener.scans()).allSatisfy(scan -> assertThat(scan.payload()).hasSizeLessThanOrEqualTo(64)
                .matches("[\\x20-\\x7E]*"));
        assertThat(listener.errors()).allSatisfy(e -> assertThat(e.rawInput()).matches("[\\x20-\\x7E]*"));
    }

    @Test
    void SCN2_a_whole_line_fed_at_once_follows_the_same_rules() {
        framing.acceptLine("I1042");
        framing.acceptLine("");
        framing.acceptLine("   ");
        framing.acceptLine("I1\r");
        framing.acceptLine("X".repeat(65));
        assertThat(listener.payloads()).containsExactly("I1042");
        assertThat(listener.errors()).hasSize(2);
    }

    @Test
    void SCN2_an_unterminated_last_line_is_a_scan_at_end_of_input() {
        feed("I1\rI2");
        assertThat(listener.payloads()).containsExactly("I1");
        framing.endOfInput();
        assertThat(listener.payloads()).containsExactly("I1", "I2");
    }

    @Test
    void SCN2_a_partial_line_is_dropped_when_the_device_is_lost() {
        feed("I12");
        framing.discard();
        feed("I3\r");
        assertThat(listener.payloads()).containsExactly("I3");
    }

    @Test
    void SCN2_a_failing_listener_does_not_stop_the_framing() {
        RecordingListener after = new RecordingListener();
        ScanFraming fragile = new ScanFraming("x", Clock.fixed(NOW, ZoneOffset.UTC), new ScanListener() {
            @Override
            public void onScan(Scan scan) {
                after.onScan(scan);
                throw new IllegalStateException("host bug");
            }

            @Override
            public void onError(ScanError error) {
                throw new IllegalStateException("host bug");
            }
        });
        fragile.acceptLine("I1");
        fragile.acceptLine("\u0007");
        fragile.acceptLine("I2");
        assertThat(after.payloads()).containsExactly("I1", "I2");
    }

    @Test
    void SCN2_sanitised_raw_input_is_cut_and_escapes_backslashes() {
        assertThat(ScanError.sanitise("a\\b")).isEqualTo("a\\\\b");
        assertThat(ScanError.sanitise("\u20ac")).isEqualTo("\\u20AC");
        assertThat(ScanError.sanitise("x".repeat(500))).hasSize(ScanError.MAX_RAW);
        assertThat(ScanError.sanitise("\u0000".repeat(500))).hasSizeLessThanOrEqualTo(ScanError.MAX_RAW);
    }
}
