package org.studiokit.barcode.scan.wedge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.testing.RecordingListener;

@DisplayName("SCN-1 keyboard wedge")
class KeyboardWedgeTest {
    private final RecordingListener listener = new RecordingListener();
    private KeyboardWedgeSource wedge;

    @BeforeEach
    void open() {
        ScannerConfig config = ScannerConfig.of("desk", Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"),
                ZoneOffset.UTC));
        wedge = new KeyboardWedgeDriver().open(config, listener);
        wedge.start();
    }

    /** Types the text with the gap between keys, then Enter after the same gap; returns the last time. */
    private long type(String text, long start, long gap) {
        long t = start;
        for (char c : text.toCharArray()) {
            wedge.key(c, t);
            t += gap;
        }
        wedge.enter(t);
        return t;
    }

    @Test
    void SCN1_a_fast_burst_ending_in_enter_is_a_scan() {
        type("I1042", 1_000, 8);
        assertThat(listener.payloads()).containsExactly("I1042");
        assertThat(listener.scans().get(0).sourceId()).isEqualTo("desk");
    }

    @Test
    void SCN1_slow_typing_is_not_a_scan_and_not_an_error() {
        type("I1042", 1_000, 180);
        type("P7", 5_000, 50); // a gap equal to the threshold is a person's
        assertThat(listener.payloads()).isEmpty();
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void SCN1_one_slow_gap_anywhere_makes_the_burst_typing() {
        wedge.key('I', 0);
        wedge.key('1', 10);
        wedge.key('0', 20);
        wedge.enter(200);
        wedge.key('P', 1_000);
        wedge.key('5', 1_200);
        wedge.enter(1_210);
        assertThat(listener.payloads()).isEmpty();
    }

    @Test
    void SCN1_typing_then_a_scan_then_typing_yields_only_the_scan() {
        long t = 0;
        for (char c : "hello".toCharArray()) {
            wedge.key(c, t);
            t += 150;
        }
        t = type("P12", t, 5); // the scanner fires right after the last typed key
        t += 400;
        for (char c : "world".toCharArray()) {
            wedge.key(c, t);
            t += 120;
        }
        wedge.enter(t);
        assertThat(listener.payloads()).containsExactly("P12");
    }

    @Test
    void SCN1_the_last_typed_key_followed_quickly_by_enter_is_not_a_scan() {
        wedge.key('I', 0);
        wedge.key('1', 300);
        wedge.key('2', 600);
        wedge.enter(620);
        assertThat(listener.payloads()).isEmpty();
    }

    @Test
    void SCN1_two_scans_back_to_back_are_two_scans() {
        long t = type("C1", 0, 3);
        type("S2", t + 3, 3);
        assertThat(listener.payloads()).containsExactly("C1", "S2");
    }

    @Test
    void SCN1_a_timestamp_going_backwards_breaks_the_burst() {
        wedge.key('I', 100);
        wedge.key('1', 90);
        wedge.key('2', 95);
        wedge.enter(99);
        assertThat(listener.payloads()).containsExactly("12");
    }

    @Test
    void SCN1_the_threshold_is_configurable() {
        RecordingListener slow = new RecordingListener();
        KeyboardWedgeSource bluetooth = new KeyboardWedgeDriver().open(
                ScannerConfig.of("bt", Clock.systemUTC()).with("thresholdMillis", "120"), slow);
        bluetooth.start();
        long t = 0;
        for (char c : "I55".toCharArray()) {
            bluetooth.key(c, t);
            t += 100;
        }
        bluetooth.enter(t);
        assertThat(bluetooth.thresholdMillis()).isEqualTo(120);
        assertThat(slow.payloads()).containsExactly("I55");
    }

    @Test
    void SCN2_a_fast_burst_with_a_control_character_or_over_64_characters_is_an_error() {
        long t = type("I1\u0007", 0, 2);
        type("9".repeat(80), t + 2, 1);
        assertThat(listener.payloads()).isEmpty();
        assertThat(listener.errors()).hasSize(2);
    }

    @Test
    void SCN1_a_lone_enter_or_a_too_short_burst_is_nothing() {
        wedge.enter(0);
        wedge.enter(5);
        type("x", 100, 5);
        assertThat(listener.payloads()).isEmpty();
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void SCN1_keys_before_start_or_after_close_are_refused() {
        KeyboardWedgeSource unstarted = new KeyboardWedgeDriver().open(ScannerConfig.of("u", Clock.systemUTC()),
                listener);
        assertThatThrownBy(() -> unstarted.key('a', 0)).isInstanceOf(IllegalStateException.class);
        wedge.close();
        assertThatThrownBy(() -> wedge.key('a', 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(wedge::start).isInstanceOf(IllegalStateException.class);
    }
}
