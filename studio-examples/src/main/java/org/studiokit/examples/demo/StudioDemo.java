package org.studiokit.examples.demo;

import java.io.PrintWriter;
import org.studiokit.core.audit.AuditTrail;
import org.studiokit.core.money.Money;
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

    /** @param workspaces where the studio lives */
    public StudioDemo(WorkspaceFactory workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * Tells the month and prints the reports.
     *
     * @param out where everything goes
     * @return true when the books check out (trial balance zero, reconciliation holds, audit log intact)
     */
    public boolean run(PrintWriter out) {
        Narrator say = new Narrator(out);
        say.line("StudioKit demo: Lakeside Portrait Studio, March 2026 (in-memory store)");
        DemoStudio studio = new DemoStudio(workspaces, say);
        DemoRecords records = new DemoRecords();
        new EarlyMarch(studio, records).tell();
        new MidMarch(studio, records).tell();
        new LateMarch(studio, records).tell();
        new ReportTables(studio.books.reports(), say).print();
        boolean ok = check(studio, say);
        say.flush();
        return ok;
    }

    private static boolean check(DemoStudio s, Narrator say) {
        Money total = s.books.reports().trialBalance(null, null).total();
        Reconciliation rec = s.books.reports().reconciliation();
        AuditTrail.Verification audit = s.studio.audit().verify();
        say.heading("Checks");
        say.line("Trial balance sums to " + total + "; reconciliation " + (rec.holds() ? "holds" : "DOES NOT HOLD")
                + "; audit log of " + Words.count(audit.entries(), "entry") + " "
                + (audit.valid() ? "verified" : "BROKEN") + ".");
        return total.isZero() && rec.holds() && audit.valid();
    }
}
