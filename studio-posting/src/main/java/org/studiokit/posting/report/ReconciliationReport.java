package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.WhenCreated;

/**
 * RPT-3: the reconciliation identity of the studio's policy as of a date (null for everything): the GL from journal
 * entries dated on or before it, RPT-1 and RPT-2 as of it. {@code WHEN_CREATED}: GL(A/R) = aging total − deposit
 * reconciliation total (exact once everything is posted). Paid-in-full and host policies: GL(Customer Deposits) =
 * deposit reconciliation total. The reconciling items are the unposted and unlocked records dated on or before the
 * date. Everything is read as one snapshot, so a posting run at the same time is seen wholly or not at all.
 */
final class ReconciliationReport {
    private final ReportSources in;
    private final TrialBalanceReport gl;
    private final AgingReport aging;
    private final DepositReconciliationReport deposits;

    ReconciliationReport(ReportSources in, TrialBalanceReport gl, AgingReport aging,
            DepositReconciliationReport deposits) {
        this.in = in;
        this.gl = gl;
        this.aging = aging;
        this.deposits = deposits;
    }

    Reconciliation of(LocalDate asOf) {
        return in.records().snapshot(() -> reconcile(asOf));
    }

    private Reconciliation reconcile(LocalDate asOf) {
        StudioSettings s = in.records().settings();
        List<String> items = items(asOf);
        Money cd = deposits.of(asOf).total();
        if (in.policy().get() instanceof WhenCreated) {
            String ar = s.account(AccountRole.AR);
            Money left = gl.balance(ar, asOf);
            Money right = aging.of(asOf).total().minus(cd);
            return new Reconciliation("GL(" + ar + ") = AR aging total - deposit reconciliation total", left, right,
                    left.equals(right), items);
        }
        String account = s.account(AccountRole.CUSTOMER_DEPOSITS);
        Money left = gl.balance(account, asOf);
        return new Reconciliation("GL(" + account + ") = deposit reconciliation total", left, cd, left.equals(cd),
                items);
    }

    private List<String> items(LocalDate asOf) {
        List<String> items = new ArrayList<>();
        for (Document d : in.records().documents()) {
            if (asOf != null && d.date().isAfter(asOf)) {
                continue;
            }
            if (!d.voided() && d.type().financial() && !d.lock().posted()) {
                items.add("unposted " + in.records().label(RecordRef.document(d.id())) + " " + d.total());
            } else if (d.lock().unlocked()) {
                items.add("unlocked " + in.records().label(RecordRef.document(d.id())));
            }
        }
        for (MoneyMovement m : in.records().movements()) {
            if (asOf != null && m.date().isAfter(asOf)) {
                continue;
            }
            if (!m.voided() && !m.lock().posted()) {
                items.add("unposted " + in.records().label(RecordRef.movement(m.id())) + " " + m.amount());
            } else if (m.lock().unlocked()) {
                items.add("unlocked " + in.records().label(RecordRef.movement(m.id())));
            }
        }
        return items;
    }
}
