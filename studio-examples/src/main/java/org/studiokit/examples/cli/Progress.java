package org.studiokit.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A progress line for long work on standard error: count, rate and time left, rewritten in place with {@code \r}
 * and ended with a newline when the count reaches the total. Quiet when standard error is not a terminal
 * ({@code System.console() == null}) unless forced ({@code --progress}). Other packages see it as a
 * {@link LongConsumer} of the count done so far.
 */
public final class Progress implements LongConsumer {
    /** The shortest time between two redraws. */
    static final Duration REDRAW = Duration.ofMillis(200);

    private final String phase;
    private final long total;
    private final PrintWriter terminal;
    private final LongSupplier nanos;
    private final long start;
    private long lastDraw;
    private int lastWidth;
    private boolean finished;

    /**
     * @param phase    what is being done, e.g. {@code posting}
     * @param total    how many steps it takes (at least 1)
     * @param terminal where the line goes
     * @param nanos    the clock, in nanoseconds
     */
    Progress(String phase, long total, PrintWriter terminal, LongSupplier nanos) {
        if (total < 1) {
            throw new IllegalArgumentException("a progress line needs a total of at least 1, not " + total);
        }
        this.phase = phase;
        this.total = total;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.lastDraw = start - REDRAW.toNanos();
    }

    /**
     * Starts the progress line of one phase, or a consumer that prints nothing when there is no terminal to show it
     * on and the line is not forced.
     *
     * @param phase  what is being done
     * @param total  how many steps (at least 1)
     * @param err    standard error
     * @param forced whether {@code --progress} asked for it even without a terminal
     * @return the consumer of the count done so far
     */
    public static LongConsumer start(String phase, long total, PrintWriter err, boolean forced) {
        return start(phase, total, err, forced, System.console() != null);
    }

    static LongConsumer start(String phase, long total, PrintWriter err, boolean forced, boolean terminal) {
        if (!forced && !terminal) {
            return done -> { };
        }
        Progress p = new Progress(phase, Math.max(1, total), err, System::nanoTime);
        p.accept(0);
        return p;
    }

    /** Takes the count done so far: redraws at most every 200 ms, and ends the line at the total. */
    @Override
    public synchronized void accept(long done) {
        if (finished) {
            return;
        }
        long now = nanos.getAsLong();
        boolean last = done >= total;
        if (!last && now - lastDraw < REDRAW.toNanos()) {
            return;
        }
        lastDraw = now;
        String text = line(Math.min(done, total), now - start);
        int pad = Math.max(0, lastWidth - text.length());
        lastWidth = text.length();
        terminal.print("\r" + text + " ".repeat(pad) + (last ? "\n" : ""));
        terminal.flush();
        finished = last;
    }

    private String line(long done, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder(phase).append(": ")
                .append(String.format(Locale.ROOT, "%,d/%,d %d%%", done, total, done * 100 / total));
        if (rate > 0) {
            b.append(String.format(Locale.ROOT, " %,.0f/s", rate));
        }
        if (done >= total) {
            b.append(" in ").append(clock(Math.round(seconds)));
        } else if (rate > 0) {
            b.append(" ETA ").append(clock(Math.round((total - done) / rate)));
        }
        return b.toString();
    }

    /** @return seconds as {@code m:ss}, or {@code h:mm:ss} from an hour */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
