package org.studiokit.examples.print;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.examples.print.PageWriter.Column;
import org.studiokit.posting.report.AgingRow;
import org.studiokit.posting.report.Reports;

/**
 * Lays out a client's statement as of a date: every open document (not void, not an estimate, dated on or before
 * the date, with a balance as of it), the client's unapplied deposits, and the aging buckets and total of the
 * client's row in the A/R aging report as of the same date (RPT-1), so statement and report always agree.
 */
final class StatementPrintout {
    private static final Column[] DOCS = {new Column(0, 110, false), new Column(115, 90, false),
        new Column(210, 70, false), new Column(285, 40, true), new Column(330, 85, true), new Column(420, 92, true)};
    private static final Column[] AGING = {new Column(0, 80, true), new Column(85, 80, true),
        new Column(170, 80, true), new Column(255, 80, true), new Column(340, 80, true), new Column(425, 87, true)};

    /**
     * One open document on a statement.
     *
     * @param doc     the document
     * @param days    its age in days as of the statement date
     * @param balance its balance as of the statement date
     */
    record Open(Document doc, long days, Money balance) {
    }

    private final Studio studio;
    private final Reports reports;
    private final String studioName;

    StatementPrintout(Studio studio, Reports reports, String studioName) {
        this.studio = studio;
        this.reports = reports;
        this.studioName = studioName;
    }

    /** @return the client's open documents as of a date, oldest first */
    static List<Open> open(Studio studio, Client client, LocalDate asOf) {
        List<Open> open = new ArrayList<>();
        for (Document d : studio.invoices().ofClient(client.id())) {
            if (d.voided() || !d.type().financial() || d.date().isAfter(asOf)) {
                continue;
            }
            Money balance = studio.balances().balanceAsOf(d, asOf);
            if (!balance.isZero()) {
                open.add(new Open(d, ChronoUnit.DAYS.between(d.date(), asOf), balance));
            }
        }
        open.sort(Comparator.comparing((Open o) -> o.doc().date()).thenComparingLong(o -> o.doc().number()));
        return open;
    }

    byte[] render(Client client, LocalDate asOf) {
        PageWriter page = new PageWriter();
        page.title(studioName);
        page.heading("Statement for " + client.name() + " (client " + client.number() + ")");
        page.text("As of " + asOf + "; amounts in " + studio.settings().currency().getCurrencyCode());
        List<Open> open = open(studio, client, asOf);
        AgingRow row = agingRow(client, asOf);
        page.heading("Open documents");
        page.row(DOCS, true, "Document", "Type", "Date", "Days", "Total", "Balance");
        for (Open o : open) {
            Document d = o.doc();
            page.row(DOCS, false, Words.document(d.type()) + " " + d.number(), Words.of(d.type()),
                    d.date().toString(), Long.toString(o.days()), d.total().toString(), o.balance().toString());
        }
        if (open.isEmpty()) {
            page.text("No open documents.");
        }
        if (!row.deposits().isZero()) {
            page.row(DOCS, false, "Unapplied deposits", "", "", "", "", row.deposits().toString());
        }
        page.heading("Aging");
        page.row(AGING, true, "Current", "31-60 days", "61-90 days", "91+ days", "Deposits", "Total due");
        page.row(AGING, false, row.current().toString(), row.days31to60().toString(), row.days61to90().toString(),
                row.days91plus().toString(), row.deposits().toString(), row.total().toString());
        page.text("");
        page.row(new Column[] {new Column(250, 165, false), new Column(420, 92, true)}, true, "Total due",
                row.total().toString());
        return page.finish();
    }

    /** @return the client's row of the A/R aging as of the date, all zero when the report has none */
    private AgingRow agingRow(Client client, LocalDate asOf) {
        return reports.arAging(asOf).rows().stream().filter(r -> r.clientNumber() == client.number()).findFirst()
                .orElseGet(() -> {
                    Money zero = Money.zero(studio.settings().currency());
                    return new AgingRow(client.number(), client.name(), zero, zero, zero, zero, zero, zero);
                });
    }
}
