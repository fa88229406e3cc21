package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * One pass over the movements sums each deposit's posted applications and each document's posted money; the rows
     * then follow in movement order (deposits and un-applies) and document order. Every record is read once.
     */
    DepositReconciliation of(LocalDate asOf) {
        Map<Long, Money> applied = new HashMap<>();
        Map<Long, Money> money = new HashMap<>();
        List<MoneyMovement> sources = new ArrayList<>();
        for (MoneyMovement m : in.records().movements()) {
            if (!postedAsOf(m, asOf)) {
                continue;
            }
            if (m.kind().depositSource()) {
                sources.add(m);
            }
            if (m.kind() == MovementKind.APPLICATION && m.sourceId() != null) {
                applied.merge(m.sourceId(), m.amount(), Money::plus);
            }
            addMoney(money, m, m.documentId());
            addMoney(money, m, m.targetId());
        }
        List<ReconciliationRow> rows = new ArrayList<>();
        Money total = in.zero();
        for (MoneyMovement m : sources) {
            Money left = m.amount().minus(applied.getOrDefault(m.id(), in.zero()));
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
            Money net = money.getOrDefault(d.id(), in.zero());
            if (!net.isZero()) {
                rows.add(new ReconciliationRow("document", d.number(), in.records().clientName(d.clientId()),
                        net.negate()));
                total = total.minus(net);
            }
        }
        return new DepositReconciliation(asOf, rows, total);
    }

    /** Adds a movement's posted money on a document (payments and credits in positive). */
    private static void addMoney(Map<Long, Money> money, MoneyMovement m, Long document) {
        if (document != null) {
            Money effect = m.effectOn(document);
            if (!effect.isZero()) {
                money.merge(document, effect.negate(), Money::plus);
            }
        }
    }

    private static boolean postedAsOf(MoneyMovement m, LocalDate asOf) {
        return !m.voided() && m.lock().posted() && (asOf == null || !m.date().isAfter(asOf));
    }
}
