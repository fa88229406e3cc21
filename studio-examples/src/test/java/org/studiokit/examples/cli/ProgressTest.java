package org.studiokit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The progress line on a fake terminal with a fake clock (§13: progress on long work, quiet off a terminal). */
class ProgressTest {
    private final StringWriter screen = new StringWriter();
    private final PrintWriter terminal = new PrintWriter(screen);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void seconds(double s) {
        nanos.addAndGet((long) (s * 1e9));
    }

    @Test
    @DisplayName("§13 progress: count, rate and ETA on one line rewritten with \\r; the last update ends the line")
    void count_rate_and_eta_rewritten_in_place() {
        Progress p = new Progress("posting", 1000, terminal, nanos::get);
        p.accept(0);
        seconds(2);
        p.accept(100);
        seconds(2);
        p.accept(250);
        seconds(6);
        p.accept(1000);
        assertThat(screen.toString()).isEqualTo("\rposting: 0/1,000 0%"
                + "\rposting: 100/1,000 10% 50/s ETA 0:18"
                + "\rposting: 250/1,000 25% 63/s ETA 0:12"
                + "\rposting: 1,000/1,000 100% 100/s in 0:10\n");
    }

    @Test
    @DisplayName("§13 progress: at most one redraw per 200 ms, but the total is always drawn; nothing after the end")
    void redraws_are_throttled_and_the_end_is_final() {
        Progress p = new Progress("export", 10, terminal, nanos::get);
        p.accept(0);
        for (int i = 1; i < 10; i++) {
            seconds(0.01);
            p.accept(i);
        }
        assertThat(screen.toString()).isEqualTo("\rexport: 0/10 0%");
        seconds(0.01);
        p.accept(10);
        p.accept(11);
        seconds(5);
        p.accept(12);
        assertThat(screen.toString()).endsWith("\rexport: 10/10 100% 100/s in 0:00\n").containsOnlyOnce("\n");
    }

    @Test
    @DisplayName("§13 progress is quiet when standard error is not a terminal, unless --progress forces it")
    void quiet_off_a_terminal_unless_forced() {
        LongConsumer quiet = Progress.start("posting", 5, terminal, false, false);
        quiet.accept(0);
        quiet.accept(5);
        assertThat(screen.toString()).isEmpty();

        LongConsumer forced = Progress.start("posting", 5, terminal, true, false);
        forced.accept(5);
        assertThat(screen.toString()).startsWith("\rposting: 0/5 0%").contains("\rposting: 5/5 100%").endsWith("\n");

        StringWriter other = new StringWriter();
        Progress.start("posting", 5, new PrintWriter(other), false, true).accept(5);
        assertThat(other.toString()).as("on a terminal").contains("posting: 5/5 100%");
    }

    @Test
    @DisplayName("progress: times read m:ss and h:mm:ss; a total below 1 is a mistake")
    void clock_and_bad_total() {
        assertThat(Progress.clock(0)).isEqualTo("0:00");
        assertThat(Progress.clock(75)).isEqualTo("1:15");
        assertThat(Progress.clock(3 * 3600 + 62)).isEqualTo("3:01:02");
        assertThatThrownBy(() -> new Progress("x", 0, terminal, nanos::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
