package org.studiokit.examples.embed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.report.TrialBalance;

/** A session fee, a partial payment, a posting run and the trial balance, on the in-memory store. */
public class FirstInvoice {
    public static void main(String[] args) {
        Currency usd = Currency.getInstance("USD");
        Books books = Books.inMemory(StudioSettings.defaults(usd), Clock.systemUTC(), IdSource.sequential());
        Studio studio = books.studio();
        Actor owner = Actor.of("owner", Role.OWNER);
        LocalDate day = LocalDate.of(2026, 3, 2);

        Client jane = studio.clients().create(owner, "Jane Doe");
        Session session = studio.sessions().book(owner, jane.id(), "Family", day, null);
        Document fee = studio.invoices().create(owner,
                DocumentDraft.forSession(DocumentType.SESSION_FEE, session.id(), day)
                        .line(Line.of("Session fee", 1, Money.parse("150.00", usd))));
        System.out.println("invoice " + fee.number() + " for " + jane.name() + ": " + fee.total());

        Receipt paid = studio.money().pay(owner,
                Pay.of(fee.id(), Money.parse("50.00", usd)).method("Check").on(day).reference("1042"));
        System.out.println("payment " + paid.movement().number() + " of " + paid.movement().amount()
                + ", balance due " + paid.balance());

        PostingBatch batch = books.post(owner, PostingRequest.through(LocalDate.of(2026, 3, 31))).orElseThrow();
        System.out.println("posting batch " + batch.number() + ": debits " + batch.debits()
                + " = credits " + batch.credits());

        TrialBalance trial = books.reports().trialBalance(null, null);
        trial.accounts().forEach((account, balance) -> System.out.println("  " + account + " " + balance));
        System.out.println("trial balance total " + trial.total());
    }
}
