package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;

/**
 * RPT-2: customer deposit reconciliation as of a date (null for everything): −(unapplied amounts of posted deposits
 * and un-applies, less their posted applications) − Σ over unposted documents of their net posted money. A record
 * counts as posted as of the date when it is posted and dated (documents: its posting entry is dated, PST-3) on or
 * before it. Estimates take no money and never post (DOC-8); void records count nothing (DOC-12).
 */
final class DepositReconciliationReport {
    private final ReportSources in;

    DepositReconciliationReport(ReportSources in) {
        this.in = in;
    }

    DepositReconciliation of(LocalDate asOf) {
        List<ReconciliationRow> rows = new ArrayList<>();
        Money total = in.zero();
        for (MoneyMovement m : in.records().movements()) {
            if (!m.kind().depositSource() || !postedAsOf(m, asOf)) {
                continue;
            }
            Money left = m.amount();
            for (MoneyMovement a : in.records().drawnFrom(m.id())) {
                if (a.kind() == MovementKind.APPLICATION && postedAsOf(a, asOf)) {
                    left = left.minus(a.amount());
                }
            }
            if (!left.isZero()) {
                rows.add(new ReconciliationRow(m.kind() == MovementKind.DEPOSIT ? "deposit" : "unapply", m.number(),
                        in.records().clientName(m.clientId()), left.negate()));
                total = total.minus(left);
            }
        }
        Map<Long, LocalDate> postingDates = in.documentPostingDates();
        for (Document d : in.records().documents()) {
            LocalDate posted = postingDates.get(d.id());
            if (!d.type().financial() || posted != null && (asOf == null || !posted.isAfter(asOf))) {
                continue;
            }
            Money money = moneyPostedAsOf(d, asOf);
            if (!money.isZero()) {
                rows.add(new ReconciliationRow("document", d.number(), in.records().clientName(d.clientId()),
                        money.negate()));
                total = total.minus(money);
            }
        }
        return new DepositReconciliation(asOf, rows, total);
    }

    /** @return the document's net money posted as of the date (payments and credits in positive) */
    private Money moneyPostedAsOf(Document d, LocalDate asOf) {
        Money money = in.zero();
        for (MoneyMovement m : in.records().movementsOf(d.id())) {
            if (postedAsOf(m, asOf)) {
                money = money.minus(m.effectOn(d.id()));
            }
        }
        return money;
    }

    private static boolean postedAsOf(MoneyMovement m, LocalDate asOf) {
        return !m.voided() && m.lock().posted() && (asOf == null || !m.date().isAfter(asOf));
    }
}
