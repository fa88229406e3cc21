package org.studiokit.examples.people;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.studiokit.barcode.batch.BatchSummary;
import org.studiokit.barcode.batch.ScanResult;
import org.studiokit.barcode.batch.StatusBatch;

/**
 * One {@code studio scan} session (SCN-4): applies each code as it arrives, prints its result at once, and the
 * summary when the session ends — at the end of input, when the port disappears, after {@code --idle} seconds without
 * a code, or on Ctrl-C (then the exit code is {@value #INTERRUPTED}, as for any program a person interrupts).
 */
final class ScanSession {
    /** The exit code after Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;
    /** How long Ctrl-C waits for the scan in hand and the summary. */
    private static final long HOOK_WAIT_SECONDS = 10;

    private final StatusBatch batch;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Duration idle;

    /**
     * @param idle how long to wait for a code before ending, or null to wait for ever
     */
    ScanSession(StatusBatch batch, PrintWriter out, PrintWriter err, Duration idle) {
        this.batch = batch;
        this.out = out;
        this.err = err;
        this.idle = idle;
    }

    /**
     * Runs the session on the calling thread.
     *
     * @return 0, or {@value #INTERRUPTED} after Ctrl-C
     */
    int run(CodeSource source) {
        BlockingQueue<CodeSource.Event> events = new LinkedBlockingQueue<>();
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean interrupt = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            interrupt.set(true);
            events.add(new CodeSource.End("interrupted", true));
            await(done);
        }, "studio-scan-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        CodeSource.End end = null;
        try {
            source.start(events);
            end = loop(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupt.set(true);
        } finally {
            source.close();
            if (end != null || interrupt.get()) {
                // Ctrl-C also closes the serial port (jSerialComm's own hook): the session still ends as interrupted
                end = interrupt.get() ? new CodeSource.End("interrupted", true) : end;
                finish(end);
            }
            done.countDown();
            removeHook(hook);
        }
        return end.interrupted() ? INTERRUPTED : BooksCommand.OK;
    }

    private CodeSource.End loop(BlockingQueue<CodeSource.Event> events) throws InterruptedException {
        while (true) {
            CodeSource.Event event = idle == null ? events.take()
                    : events.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                return new CodeSource.End("no code for " + idle.toSeconds() + " seconds", false);
            }
            if (event instanceof CodeSource.End end) {
                return end;
            }
            if (event instanceof CodeSource.Notice notice) {
                err.println("studio scan: " + notice.text());
                err.flush();
            } else if (event instanceof CodeSource.Code code) {
                batch.apply(code.text()).ifPresent(this::print);
            }
        }
    }

    private void print(ScanResult s) {
        out.println(s.ok() ? s.code().strip() + ": " + s.from() + " -> " + s.to()
                : s.code().strip() + ": " + s.error() + ": " + s.message());
        out.flush();
    }

    private void finish(CodeSource.End end) {
        if (end.interrupted() || !end.why().equals("end of input")) {
            err.println("studio scan: " + end.why());
            err.flush();
        }
        BatchSummary summary = batch.summary();
        out.println("Summary: " + summary.results().size() + " scans, " + summary.updated() + " updated, "
                + summary.errors() + " errors" + (summary.errors() == 0 ? "" : " " + summary.errorsByCode()));
        out.flush();
    }

    private static void await(CountDownLatch done) {
        try {
            done.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already ending (Ctrl-C): the hook is running and waits for this session only
        }
    }
}
