package org.studiokit.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
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
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.StoreContent;
import org.studiokit.core.store.TamperedStore;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.store.InMemoryPostingStore;
import org.studiokit.posting.run.PostingRequest;

/** A small studio for posting tests: one owner, USD, no taxes unless given. */
final class Fixture {
    static final Actor OWNER = Actor.of("owner", Role.OWNER);
    static final Actor CLERK = Actor.of("clerk", Role.CLERK);

    final Studio studio;
    final Books books;
    /** The stores the test built: tests arrange states on them and compare snapshots. */
    final InMemoryStore store;
    final InMemoryPostingStore postingStore;
    /** The studio's store as the studio reads it, where a test can edit audit rows behind its back (AUD-1). */
    final TamperedStore tampered;

    Fixture(StudioSettings settings) {
        store = new InMemoryStore(settings);
        tampered = new TamperedStore(store);
        studio = Studio.of(tampered, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC),
                IdSource.sequential());
        postingStore = new InMemoryPostingStore(store.undoLog());
        books = new Books(studio, postingStore);
    }

    static Fixture of(PostingPolicyKind policy) {
        return new Fixture(StudioSettings.defaults("USD").toBuilder().postingPolicy(policy).build());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Money usd(String amount) {
        return Money.parse(amount, studio.settings().currency());
    }

    Client client(String name) {
        return studio.clients().create(OWNER, name);
    }

    Document invoice(Client c, String date, String... itemsAndPrices) {
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, c.id(), d(date));
        for (int i = 0; i < itemsAndPrices.length; i += 2) {
            draft = draft.line(Line.of(itemsAndPrices[i], 1, usd(itemsAndPrices[i + 1])));
        }
        return studio.invoices().create(OWNER, draft);
    }

    PostingBatch post(String through) {
        return books.post(OWNER, PostingRequest.through(d(through))).orElseThrow();
    }

    /** @return the batch's lines as "account|client|debit|credit" rows, netted per entry, in order */
    static List<String> table(PostingBatch batch) {
        List<String> rows = new ArrayList<>();
        for (JournalEntry e : batch.entries()) {
            for (JournalLine l : e.lines()) {
                rows.add(e.kind() + " " + e.date() + " | " + l.account() + (l.client() == null ? "" : " (" + l.client()
                        + ")") + " | " + (l.amount().isPositive() ? l.debit() : "") + " | "
                        + (l.amount().isNegative() ? l.credit() : ""));
            }
        }
        return rows;
    }

    /** @return the trial balance as account → balance strings */
    Map<String, String> trialBalance() {
        Map<String, String> m = new TreeMap<>();
        books.reports().trialBalance(null, null).accounts().forEach((k, v) -> m.put(k, v.toString()));
        return m;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new java.util.LinkedHashMap<>(StoreContent.of(store));
        s.put("batches", postingStore.batches());
        s.put("booked", postingStore.allBooked());
        s.put("exports", postingStore.exportLog().all());
        return s;
    }
}
