package org.studiokit.examples.embed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.ExportResult;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.Exports;
import org.studiokit.posting.Books;
import org.studiokit.posting.run.PostingRequest;

/**
 * A custom export format (EXP-1): {@code account-totals}, one CSV row per account with its debits, credits and net
 * over the exported batches. It is found like the built-in formats, through {@link java.util.ServiceLoader}: the class
 * is listed in studio-examples' {@code META-INF/services/org.studiokit.export.Exporter}, so {@code studio export
 * --format account-totals} and {@link Exports} offer it with no other registration.
 */
public final class CustomExport implements Exporter {
    /** The format id. */
    public static final String ID = "account-totals";

    /** Creates the exporter (for {@link java.util.ServiceLoader}). */
    public CustomExport() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] write(ExportBook book) {
        Map<String, long[]> totals = new TreeMap<>();
        for (ExportTransaction t : book.transactions()) {
            for (ExportLine line : t.lines()) {
                long[] sums = totals.computeIfAbsent(line.account(), a -> new long[2]);
                sums[0] += line.debit();
                sums[1] += line.credit();
            }
        }
        StringBuilder csv = new StringBuilder("account,debits,credits,net\r\n");
        totals.forEach((account, sums) -> csv.append('"').append(account.replace("\"", "\"\"")).append("\",")
                .append(book.amount(sums[0])).append(',').append(book.amount(sums[1])).append(',')
                .append(book.amount(sums[0] - sums[1])).append("\r\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Posts a small month on an in-memory studio and prints its {@code account-totals} export. */
    public static void main(String[] args) {
        Currency usd = Currency.getInstance("USD");
        Books books = Books.inMemory(StudioSettings.defaults(usd), Clock.systemUTC(), IdSource.sequential());
        Studio studio = books.studio();
        Actor owner = Actor.of("owner", Role.OWNER);
        LocalDate day = LocalDate.of(2026, 3, 2);
        long client = studio.clients().create(owner, "Jane Doe").id();
        Document invoice = studio.invoices().create(owner, DocumentDraft.forClient(DocumentType.GENERIC, client, day)
                .line(Line.of("Portrait", 1, Money.parse("150.00", usd))));
        studio.money().pay(owner, Pay.of(invoice.id(), Money.parse("50.00", usd)).method("Check").on(day));
        long batch = books.post(owner, PostingRequest.through(LocalDate.of(2026, 3, 31))).orElseThrow().number();

        Exports exports = Exports.of(books, ExportOptions.defaults());
        System.out.println("formats: " + String.join(", ", exports.formats()));
        ExportResult result = exports.export(owner, ID, batch, false);
        System.out.println(result.file() + " (" + result.transactions() + " transactions):");
        System.out.print(new String(result.bytes(), StandardCharsets.UTF_8));
    }
}
