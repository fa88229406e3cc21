package org.studiokit.posting.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.party.Client;

/**
 * RPT-1: accounts receivable aging as of a date: per client, every non-estimate (DOC-8), non-void (DOC-12) document
 * by age from its date, and the unapplied deposits, negative.
 */
final class AgingReport {
    private final ReportSources in;

    AgingReport(ReportSources in) {
        this.in = in;
    }

    /** The four age columns of one client. */
    private record Ages(Money current, Money days31to60, Money days61to90, Money days91plus) {
        Ages add(long age, Money amount) {
            if (age <= 30) {
                return new Ages(current.plus(amount), days31to60, days61to90, days91plus);
            }
            if (age <= 60) {
                return new Ages(current, days31to60.plus(amount), days61to90, days91plus);
            }
            return age <= 90 ? new Ages(current, days31to60, days61to90.plus(amount), days91plus)
                    : new Ages(current, days31to60, days61to90, days91plus.plus(amount));
        }

        Money total() {
            return current.plus(days31to60).plus(days61to90).plus(days91plus);
        }

        boolean isZero() {
            return current.isZero() && days31to60.isZero() && days61to90.isZero() && days91plus.isZero();
        }
    }

    /**
     * As of a date (null: the latest record date). One pass over the movements dated through it sums each document's
     * money (DOC-8's balance) and each deposit's applications; one pass over the documents ages them. So the report
     * reads every record once, instead of asking the store for each client's and each document's movements.
     */
    ArAging of(LocalDate asOfOrNull) {
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : in.latestDate();
        Map<Long, Money> money = new HashMap<>();
        Map<Long, Money> applied = new HashMap<>();
        List<MoneyMovement> sources = new ArrayList<>();
        for (MoneyMovement m : in.records().movements()) {
            if (m.date().isAfter(asOf)) {
                continue;
            }
            addEffect(money, m, m.documentId());
            addEffect(money, m, m.targetId());
            if (m.voided()) {
                continue;
            }
            if (m.kind() == MovementKind.APPLICATION && m.sourceId() != null) {
                applied.merge(m.sourceId(), m.amount(), Money::plus);
            }
            if (m.kind().depositSource()) {
                sources.add(m);
            }
        }
        Map<Long, Ages> ages = new HashMap<>();
        Money zero = in.zero();
        Ages none = new Ages(zero, zero, zero, zero);
        for (Document d : in.records().documents()) {
            if (d.voided() || !d.type().financial() || d.date().isAfter(asOf)) {
                continue;
            }
            Money balance = d.total().plus(money.getOrDefault(d.id(), zero));
            ages.put(d.clientId(), ages.getOrDefault(d.clientId(), none).add(ChronoUnit.DAYS.between(d.date(), asOf),
                    balance));
        }
        Map<Long, Money> deposits = new HashMap<>();
        for (MoneyMovement m : sources) {
            Money left = m.amount().minus(applied.getOrDefault(m.id(), zero));
            deposits.merge(m.clientId(), left.negate(), Money::plus);
        }
        return rows(asOf, ages, deposits, none);
    }

    private static void addEffect(Map<Long, Money> money, MoneyMovement m, Long document) {
        if (document != null) {
            Money effect = m.effectOn(document);
            if (!effect.isZero()) {
                money.merge(document, effect, Money::plus);
            }
        }
    }

    private ArAging rows(LocalDate asOf, Map<Long, Ages> ages, Map<Long, Money> deposits, Ages none) {
        List<Client> clients = new ArrayList<>(in.records().clients());
        clients.sort(Comparator.comparingLong(Client::number));
        List<AgingRow> rows = new ArrayList<>();
        Money total = in.zero();
        for (Client c : clients) {
            Ages a = ages.getOrDefault(c.id(), none);
            Money deposit = deposits.getOrDefault(c.id(), in.zero());
            if (!deposit.isZero() || !a.isZero()) {
                Money rowTotal = a.total().plus(deposit);
                rows.add(new AgingRow(c.number(), c.name(), a.current(), a.days31to60(), a.days61to90(),
                        a.days91plus(), deposit, rowTotal));
                total = total.plus(rowTotal);
            }
        }
        return new ArAging(asOf, rows, total);
    }
}
