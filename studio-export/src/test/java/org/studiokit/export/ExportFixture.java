package org.studiokit.export;

import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.WriteOff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;

/** Studios for export tests: the fixed golden scenario, and helpers to post and read back. */
public final class ExportFixture {
    public static final Actor OWNER = Actor.of("owner", Role.OWNER);
    public static final Actor MANAGER = Actor.of("manager", Role.MANAGER);
    public static final Actor CLERK = Actor.of("clerk", Role.CLERK);

    public final Studio studio;
    public final Books books;
    /** The stores the test built, for snapshots. */
    public final org.studiokit.core.store.InMemoryStore store;
    public final org.studiokit.posting.store.InMemoryPostingStore postingStore;

    public ExportFixture(StudioSettings settings) {
        store = new org.studiokit.core.store.InMemoryStore(settings);
        studio = Studio.of(store, Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC),
                IdSource.sequential());
        postingStore = new org.studiokit.posting.store.InMemoryPostingStore(store.undoLog());
        books = new Books(studio, postingStore);
    }

    /** @return everything both stores hold, read through their ports, to show a refusal changed nothing */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>(
                org.studiokit.testkit.store.StoreSnapshot.core(store));
        s.putAll(org.studiokit.testkit.store.StoreSnapshot.posting(postingStore));
        return s;
    }

    /** @return settings with two tax rates (State 4 % to its own account, City 4.5 %) */
    public static StudioSettings twoRates() {
        return StudioSettings.defaults("USD").toBuilder().taxRate(TaxRate.of("ST", "State", "4", "State Sales Tax"))
                .taxRate(TaxRate.of("CITY", "City", "4.5", null)).defaultTaxes(List.of("ST", "CITY")).build();
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public Money usd(String amount) {
        return Money.parse(amount, studio.settings().currency());
    }

    public Client client(String name) {
        return studio.clients().create(OWNER, name);
    }

    public Document invoice(Client c, String date, String item, String price) {
        return studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, c.id(), d(date))
                .line(Line.of(item, 1, usd(price))));
    }

    public PostingBatch post(String through) {
        return books.post(OWNER, PostingRequest.through(d(through))).orElseThrow();
    }

    /**
     * The golden scenario: an invoice with two tax rates paid by check, a deposit applied to an invoice, a credit
     * memo refunded, a write-off; posted as batch 1.
     */
    public static ExportFixture golden() {
        ExportFixture f = new ExportFixture(twoRates());
        Client jane = f.client("Jane Doe");
        Client bob = f.client("Bob Smith");
        Document i1 = f.invoice(jane, "2026-03-02", "Portrait", "150.00");
        f.studio.money().pay(OWNER, Pay.of(i1.id(), f.usd("62.75")).method("Check").on(d("2026-03-03")).reference("1042"));
        Receipt dep = f.studio.money().deposit(OWNER, Deposit.of(bob.id(), f.usd("200.00")).method("Check").on(d("2026-03-01")).reference("1001"));
        Document i2 = f.invoice(bob, "2026-03-04", "Session fee", "150.00");
        f.studio.money().applyDeposit(OWNER, ApplyDeposit.of(dep.movement().id(), i2.id(), f.usd("162.75")).on(d("2026-03-05")));
        Document i3 = f.invoice(jane, "2026-03-06", "Album", "80.00");
        f.studio.money().pay(OWNER, Pay.of(i3.id(), f.usd("86.80")).method("Credit Card").on(d("2026-03-06")));
        Document memo = f.studio.invoices().creditMemo(OWNER, i3.id(), d("2026-03-07"), true, null, "damaged");
        f.studio.money().refund(OWNER, Refund.of(memo.id(), f.usd("86.80")).method("Check").on(d("2026-03-08")).reference("1043"));
        Document i4 = f.invoice(bob, "2026-03-09", "Prints", "40.00");
        f.studio.money().pay(OWNER, Pay.of(i4.id(), f.usd("3.40")).method("Cash").on(d("2026-03-09")));
        f.studio.money().writeOff(OWNER, WriteOff.of(i4.id(), f.usd("40.00")).on(d("2026-03-20")));
        f.post("2026-03-31");
        return f;
    }

    /** @return Σ of the batches' journal lines per account, in minor units */
    public static Map<String, Long> journalTotals(List<PostingBatch> batches) {
        Map<String, Long> m = new TreeMap<>();
        for (PostingBatch b : batches) {
            for (JournalEntry e : b.entries()) {
                for (JournalLine l : e.lines()) {
                    m.merge(l.account(), l.amount().minor(), Long::sum);
                }
            }
        }
        return m;
    }

    /** @return the book of every batch */
    public ExportBook book(ExportOptions options) {
        return new BatchReader(books, options).read(books.batches().stream().map(PostingBatch::number).toList());
    }
}
