package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studiokit.core.money.LongSums;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Receivables;
import org.studiokit.core.party.Client;
import org.studiokit.posting.records.RecordReader;

/**
 * RPT-1: accounts receivable aging as of a date: per client, every non-estimate (DOC-8), non-void (DOC-12) document
 * by age from its date, and the unapplied deposits, negative.
 */
final class AgingReport {
    private final ReportSources in;

    AgingReport(ReportSources in) {
        this.in = in;
    }

    /** Sum slots per client: the four age columns, then the unapplied deposits. */
    private static final int CURRENT = 0;
    private static final int DAYS31 = 1;
    private static final int DAYS61 = 2;
    private static final int DAYS91 = 3;
    private static final int DEPOSITS = 4;

    /**
     * As of a date (null: the latest record date, {@link ReportSources#latestDate}), read as one snapshot: the store
     * answers what is open as of the date ({@link RecordReader#receivables}: each open document's balance, DOC-8,
     * and each deposit source's unapplied money), a database store with grouped sums instead of every record; the
     * report ages the documents from their dates and sums per client in minor units in a primitive table
     * ({@link LongSums}).
     */
    ArAging of(LocalDate asOfOrNull) {
        return in.records().snapshot(() -> {
            LocalDate asOf = asOfOrNull != null ? asOfOrNull : in.latestDate();
            Receivables open = in.records().receivables(asOf);
            List<Client> clients = in.records().clients();
            LongSums sums = new LongSums(DEPOSITS + 1, clients.size());
            long asOfDay = asOf.toEpochDay();
            for (Receivables.Item d : open.documents()) {
                sums.add(d.clientId(), column(asOfDay - d.date().toEpochDay()), d.minor());
            }
            for (Receivables.Item m : open.deposits()) {
                sums.add(m.clientId(), DEPOSITS, -m.minor());
            }
            return rows(asOf, clients, sums);
        });
    }

    /** @return the age column of a document so many days old: current (0-30 days), 31-60, 61-90, 91+ */
    private static int column(long age) {
        return age <= 30 ? CURRENT : age <= 60 ? DAYS31 : age <= 90 ? DAYS61 : DAYS91;
    }

    private ArAging rows(LocalDate asOf, List<Client> all, LongSums sums) {
        List<Client> clients = new ArrayList<>(all);
        clients.sort(Comparator.comparingLong(Client::number));
        List<AgingRow> rows = new ArrayList<>();
        long total = 0;
        for (Client c : clients) {
            long[] a = new long[DEPOSITS + 1];
            boolean any = false;
            long rowTotal = 0;
            for (int slot = 0; slot < a.length; slot++) {
                a[slot] = sums.get(c.id(), slot);
                any |= a[slot] != 0;
                rowTotal = LongSums.plus(rowTotal, a[slot]);
            }
            if (any) {
                rows.add(new AgingRow(c.number(), c.name(), money(a[CURRENT]), money(a[DAYS31]), money(a[DAYS61]),
                        money(a[DAYS91]), money(a[DEPOSITS]), money(rowTotal)));
                total = LongSums.plus(total, rowTotal);
            }
        }
        return new ArAging(asOf, rows, money(total));
    }

    private Money money(long minor) {
        return minor == 0 ? in.zero() : Money.ofMinor(minor, in.zero().currency());
    }
}
