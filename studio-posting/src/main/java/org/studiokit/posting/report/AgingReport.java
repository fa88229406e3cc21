package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Sum slots per client: the four age columns, then the unapplied deposits. */
    private static final int CURRENT = 0;
    private static final int DAYS31 = 1;
    private static final int DAYS61 = 2;
    private static final int DAYS91 = 3;
    private static final int DEPOSITS = 4;

    /**
     * As of a date (null: the latest record date). One pass over the movements dated through it sums each document's
     * money (DOC-8's balance) and each deposit's applications; one pass over the documents ages them; sums are kept
     * in minor units in primitive tables ({@link LongSums}). So the report reads every record once, instead of asking
     * the store for each client's and each document's movements. Without a date the same passes find the latest
     * record date: no record the reports count is dated after it, and a void movement moves no money, so the passes
     * count the same records, and the documents' ages are taken once it is known.
     */
    ArAging of(LocalDate asOfOrNull) {
        List<MoneyMovement> movements = in.records().movements();
        LongSums money = new LongSums(1, movements.size());
        LongSums applied = new LongSums(1, 64);
        List<MoneyMovement> sources = new ArrayList<>();
        LocalDate latest = null;
        for (MoneyMovement m : movements) {
            if (asOfOrNull != null && m.date().isAfter(asOfOrNull)) {
                continue;
            }
            addEffect(money, m, m.documentId());
            addEffect(money, m, m.targetId());
            if (m.voided()) {
                continue;
            }
            latest = later(latest, m.date());
            if (m.kind() == MovementKind.APPLICATION && m.sourceId() != null) {
                applied.add(m.sourceId(), 0, m.amount().minor());
            }
            if (m.kind().depositSource()) {
                sources.add(m);
            }
        }
        Aged aged = age(in.records().documents(), asOfOrNull, money);
        latest = later(latest, aged.latest);
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : latest != null ? latest : in.records().today();
        LongSums clients = new LongSums(DEPOSITS + 1, in.records().clients().size());
        long asOfDay = asOf.toEpochDay();
        for (int i = 0; i < aged.size; i++) {
            clients.add(aged.clients[i], column(asOfDay - aged.days[i]), aged.balances[i]);
        }
        for (MoneyMovement m : sources) {
            long left = LongSums.plus(m.amount().minor(), -applied.get(m.id(), 0));
            clients.add(m.clientId(), DEPOSITS, -left);
        }
        return rows(asOf, clients);
    }

    /** The documents the aging counts: client, day and balance each, in primitive arrays; and their latest date. */
    private static final class Aged {
        final long[] clients;
        final long[] days;
        final long[] balances;
        int size;
        LocalDate latest;

        Aged(int capacity) {
            clients = new long[capacity];
            days = new long[capacity];
            balances = new long[capacity];
        }
    }

    /** @return every non-void, non-estimate document dated through the date (any when null) with its balance */
    private static Aged age(List<Document> documents, LocalDate asOfOrNull, LongSums money) {
        Aged aged = new Aged(documents.size());
        for (Document d : documents) {
            if (d.voided() || !d.type().financial() || asOfOrNull != null && d.date().isAfter(asOfOrNull)) {
                continue;
            }
            aged.latest = later(aged.latest, d.date());
            int i = aged.size++;
            aged.clients[i] = d.clientId();
            aged.days[i] = d.date().toEpochDay();
            aged.balances[i] = LongSums.plus(d.total().minor(), money.get(d.id(), 0));
        }
        return aged;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null ? a : a == null || b.isAfter(a) ? b : a;
    }

    /** @return the age column of a document so many days old: current (0-30 days), 31-60, 61-90, 91+ */
    private static int column(long age) {
        return age <= 30 ? CURRENT : age <= 60 ? DAYS31 : age <= 90 ? DAYS61 : DAYS91;
    }

    private static void addEffect(LongSums money, MoneyMovement m, Long document) {
        if (document != null) {
            long effect = m.effectOn(document).minor();
            if (effect != 0) {
                money.add(document, 0, effect);
            }
        }
    }

    private ArAging rows(LocalDate asOf, LongSums sums) {
        List<Client> clients = new ArrayList<>(in.records().clients());
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
