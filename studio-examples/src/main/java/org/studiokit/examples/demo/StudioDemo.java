package org.studiokit.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.studiokit.core.money.Money;
import org.studiokit.core.service.AuditTrail;
import org.studiokit.examples.runner.WorkspaceFactory;
import org.studiokit.posting.report.Reconciliation;

/**
 * {@code studio demo}: Lakeside Portrait Studio's March — clients, sessions, every document type, deposits applied
 * and refunded, payments, a quick sale, a credit memo with refund and transfer, an un-apply, a write-off, a payment
 * plan, production orders and a scanner batch, posting runs, unlock and edit with its adjustment, the period close
 * — then every report as a table. The demo checks its own books at the end.
 */
public final class StudioDemo {
    private final WorkspaceFactory workspaces;
    private int scale;
    private ProgressLines progress = (phase, total) -> done -> { };

    /** @param workspaces where the studio lives */
    public StudioDemo(WorkspaceFactory workspaces) {
        this.workspaces = workspaces;
    }

    /** Starts the progress line of a long phase of the demo. */
    @FunctionalInterface
    public interface ProgressLines {
        /**
         * @param phase what is being done
         * @param total how many steps it takes (at least 1)
         * @return told the number of steps done so far
         */
        LongConsumer start(String phase, long total);
    }

    /**
     * Adds a year of history before March ({@code --scale N}).
     *
     * @param documents how many invoices of history (0: none)
     * @param progress  starts the progress lines of the long phases with history: recording and posting it
     *                  ({@code history: invoices}), then the reports over the whole books ({@code reports})
     * @return this demo
     */
    public StudioDemo withHistory(int documents, ProgressLines progress) {
        if (documents < 0) {
            throw new IllegalArgumentException("the history's size must not be negative: " + documents);
        }
        this.scale = documents;
        this.progress = progress;
        return this;
    }

    /**
     * Tells the month and prints the reports.
     *
     * @param out where everything goes
     * @return true when the books check out (trial balance zero, reconciliation holds, audit log intact)
     */
    public boolean run(PrintWriter out) {
        return tell(out).ok();
    }

    /**
     * Tells the month and prints the reports.
     *
     * @param out where everything goes
     * @return whether the books check out, and the way to write the demo's files
     */
    public Outcome tell(PrintWriter out) {
        Narrator say = new Narrator(out);
        say.line("StudioKit demo: Lakeside Portrait Studio, March 2026");
        DemoStudio studio = new DemoStudio(workspaces, say);
        if (scale > 0) {
            int runs = new History(studio, studio::inTransaction).record(scale,
                    progress.start("history: invoices", scale));
            say.line("History: " + Words.count(scale, "invoice") + " from " + History.FIRST + " to " + History.LAST
                    + ", with their payments and deposits, posted in " + Words.count(runs, "monthly batch") + ".");
        }
        long firstOfMarch = studio.books.journal().batchCount() + 1;
        DemoRecords records = new DemoRecords();
        new EarlyMarch(studio, records).tell();
        new MidMarch(studio, records).tell();
        new LateMarch(studio, records).tell();
        ReportTables.Checked books = new ReportTables(studio.books, say, scale > 0, firstOfMarch)
                .print(scale > 0 ? progress.start("reports", ReportTables.REPORTS) : done -> { });
        boolean ok = check(studio, books, say);
        say.flush();
        return new Outcome(ok, new DemoOutputs(studio, records, firstOfMarch));
    }

    /** What a run of the demo came to. */
    public static final class Outcome {
        private final boolean ok;
        private final DemoOutputs outputs;

        private Outcome(boolean ok, DemoOutputs outputs) {
            this.ok = ok;
            this.outputs = outputs;
        }

        /** @return true when the books check out (trial balance zero, reconciliation holds, audit log intact) */
        public boolean ok() {
            return ok;
        }

        /**
         * Writes every posting batch in every export format and the story's labels under a directory.
         *
         * @param dir the directory
         * @return one line per kind of file, saying how many and where
         * @throws java.io.UncheckedIOException when a file cannot be written
         */
        public List<String> writeFiles(Path dir) {
            return outputs.write(dir);
        }
    }

    private static boolean check(DemoStudio s, ReportTables.Checked books, Narrator say) {
        Money total = books.trialBalance().total();
        Reconciliation rec = books.reconciliation();
        AuditTrail.Verification audit = s.studio.audit().verify();
        say.heading("Checks");
        say.line("Trial balance sums to " + total + "; reconciliation " + (rec.holds() ? "holds" : "DOES NOT HOLD")
                + "; audit log of " + Words.count(audit.entries(), "entry") + " "
                + (audit.valid() ? "verified" : "BROKEN") + ".");
        return total.isZero() && rec.holds() && audit.valid();
    }
}
