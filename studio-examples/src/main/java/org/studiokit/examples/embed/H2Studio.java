package org.studiokit.examples.embed;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.jpa.JpaStudio;
import org.studiokit.jpa.StudioDatabase;

/**
 * Embedding StudioKit on a database with studio-jpa: {@code StudioDatabase.open(url)} opens (and on first use migrates)
 * an H2 file, PostgreSQL or MariaDB database by its JDBC URL; {@code studio(id, settings, clock)} is one studio in it.
 * Each run adds a client and an invoice, so the second run finds the first run's records.
 */
public final class H2Studio {
    /** The studio's id in the database. */
    static final String STUDIO_ID = "embedded";

    private H2Studio() {
    }

    /**
     * Runs the example.
     *
     * @param args the JDBC URL (default: an H2 file under {@code ./studio-data})
     */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "jdbc:h2:file:./studio-data/embedded", System.out);
    }

    /** Runs the example on a database, printing to {@code out}. */
    static void run(String url, PrintStream out) {
        Currency usd = Currency.getInstance("USD");
        try (StudioDatabase db = StudioDatabase.open(url)) {
            boolean existed = db.holds(STUDIO_ID);
            JpaStudio stored = db.studio(STUDIO_ID, StudioSettings.defaults(usd), Clock.systemUTC());
            Studio studio = stored.studio();
            Actor owner = Actor.of("owner", Role.OWNER);
            out.println(existed ? "opened studio " + STUDIO_ID : "created studio " + STUDIO_ID);

            Client client = studio.clients().create(owner, "Client " + (count(studio) + 1));
            DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, client.id(), LocalDate.of(2026, 3, 2))
                    .line(Line.of("Sitting fee", 1, Money.parse("95.00", usd)));
            Document invoice = studio.invoices().create(owner, draft);
            out.println("invoice " + invoice.number() + " for " + client.name() + ": " + invoice.total());
            out.println("clients on file: " + count(studio));
        }
    }

    private static int count(Studio studio) {
        return studio.clients().search("Client ", 0, 1000).size();
    }
}
