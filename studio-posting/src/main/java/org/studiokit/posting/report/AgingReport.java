package org.studiokit.posting.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
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

    /** As of a date (null: the latest record date). */
    ArAging of(LocalDate asOfOrNull) {
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : in.latestDate();
        List<Client> clients = new ArrayList<>(in.records().clients());
        clients.sort(Comparator.comparingLong(Client::number));
        List<AgingRow> rows = new ArrayList<>();
        Money total = in.zero();
        for (Client c : clients) {
            Ages ages = ages(c, asOf);
            Money deposits = deposits(c, asOf);
            if (!deposits.isZero() || !ages.isZero()) {
                Money rowTotal = ages.total().plus(deposits);
                rows.add(new AgingRow(c.number(), c.name(), ages.current(), ages.days31to60(), ages.days61to90(),
                        ages.days91plus(), deposits, rowTotal));
                total = total.plus(rowTotal);
            }
        }
        return new ArAging(asOf, rows, total);
    }

    private Ages ages(Client c, LocalDate asOf) {
        Money zero = in.zero();
        Ages ages = new Ages(zero, zero, zero, zero);
        for (Document d : in.records().documentsOfClient(c.id())) {
            if (d.voided() || !d.type().financial() || d.date().isAfter(asOf)) {
                continue;
            }
            ages = ages.add(ChronoUnit.DAYS.between(d.date(), asOf), in.records().balanceAsOf(d, asOf));
        }
        return ages;
    }

    private Money deposits(Client c, LocalDate asOf) {
        Money deposits = in.zero();
        for (MoneyMovement m : in.records().movementsOfClient(c.id())) {
            if (m.kind().depositSource() && !m.voided() && !m.date().isAfter(asOf)) {
                deposits = deposits.minus(in.records().remainingAsOf(m, asOf));
            }
        }
        return deposits;
    }
}
