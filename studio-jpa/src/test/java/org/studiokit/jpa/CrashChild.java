package org.studiokit.jpa;

import org.studiokit.core.movement.Pay;
import java.time.Clock;
import java.time.LocalDate;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.run.PostingRequest;

/**
 * The child JVM of the crash test: records invoices and payments, then posts them in one large run, over and over
 * until it is killed. Prints {@code READY} once the database is open.
 */
public final class CrashChild {
    private static final Actor OWNER = Actor.of("owner", Role.OWNER);
    private static final int PER_RUN = 60;

    private CrashChild() {
    }

    /**
     * Opens the database, waiting up to 120 s (a loaded machine is slow to let go of the file) while an embedded
     * file database is still held by the process that was killed (or by the checking parent), as a restarted
     * application would.
     */
    private static StudioDatabase openWhenFree(String url) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                return StudioDatabase.open(url);
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** @param args the JDBC URL and the studio id */
    public static void main(String[] args) {
        StudioDatabase db = openWhenFree(args[0]);
        StudioSettings settings = StudioSettings.defaults("USD").toBuilder()
                .postingPolicy(PostingPolicyKind.WHEN_CREATED).build();
        JpaStudio s = db.studio(args[1], settings, Clock.systemUTC());
        Client c = s.studio().clients().create(OWNER, "Crash Client");
        System.out.println("READY");
        System.out.flush();
        LocalDate day = LocalDate.of(2026, 3, 2);
        Money price = Money.parse("12.34", settings.currency());
        while (true) {
            for (int i = 0; i < PER_RUN; i++) {
                Document inv = s.studio().invoices().create(OWNER,
                        DocumentDraft.forClient(DocumentType.GENERIC, c.id(), day).line(Line.of("Print", 1, price)));
                s.studio().money().pay(OWNER, Pay.of(inv.id(), Money.parse("5.00", settings.currency())).method("Cash").on(day));
            }
            s.books().post(OWNER, PostingRequest.through(LocalDate.of(2026, 3, 31)));
        }
    }
}
