package org.studiokit.benchmarks.mix;

import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.Transfer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.Books;

/**
 * A realistic studio year recorded through the public commands, seeded: 45 % invoices of 3–5 lines taxed at two
 * rates, 30 % payments, 8 % customer deposits, 6 % credit memos, 5 % refunds of a credit memo's credit, 6 %
 * transfers of a credit memo's credit to an open invoice (a kind that finds nothing to act on records an invoice).
 */
public final class StudioMix {
    /** The owner every command runs as. */
    public static final Actor OWNER = Actor.of("owner", Role.OWNER);
    /** The first day of the recorded year. */
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String[] ITEMS = {"Print 8x10", "Print 5x7", "Album", "Canvas", "Frame", "Digital file"};

    private final Studio studio;
    private final Books books;
    private final Currency usd;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<Long> clients = new ArrayList<>();
    private final ArrayDeque<long[]> open = new ArrayDeque<>();
    private final ArrayDeque<long[]> credits = new ArrayDeque<>();
    private final ArrayDeque<Document> recent = new ArrayDeque<>();
    private int recorded;

    private StudioMix(int clientCount) {
        StudioSettings settings = StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "4", null)).taxRate(TaxRate.of("CITY", "City", "4.5", null))
                .defaultTaxes(List.of("ST", "CITY")).build();
        books = Books.inMemory(settings, Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC),
                IdSource.sequential());
        studio = books.studio();
        usd = settings.currency();
        for (int c = 1; c <= clientCount; c++) {
            clients.add(studio.clients().create(OWNER, "Client " + c).id());
        }
    }

    /** @return a studio with {@code documents} documents and movements recorded over 2026, nothing posted */
    public static StudioMix record(int documents) {
        StudioMix mix = new StudioMix(Math.max(1, Math.min(2000, documents / 50)));
        for (int i = 0; i < documents; i++) {
            mix.next(START.plusDays((long) i * 365 / documents));
        }
        return mix;
    }

    /** @return the studio */
    public Studio studio() {
        return studio;
    }

    /** @return the books of the studio */
    public Books books() {
        return books;
    }

    /** @return how many documents and movements were recorded */
    public int recorded() {
        return recorded;
    }

    private void next(LocalDate date) {
        int kind = random.nextInt(100);
        recorded++;
        if (kind < 45 || !act(kind, date)) {
            invoice(date);
        }
    }

    private boolean act(int kind, LocalDate date) {
        if (kind < 75) {
            return pay(date);
        }
        if (kind < 83) {
            long client = clients.get(random.nextInt(clients.size()));
            studio.money().deposit(OWNER, Deposit.of(client, cents(1000, 50000)).method("Cash").on(date));
            return true;
        }
        if (kind < 89) {
            return creditMemo(date);
        }
        return kind < 94 ? refund(date) : transfer(date);
    }

    private void invoice(LocalDate date) {
        long client = clients.get(random.nextInt(clients.size()));
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, client, date);
        int lines = 3 + random.nextInt(3);
        for (int l = 0; l < lines; l++) {
            draft = draft.line(Line.of(ITEMS[random.nextInt(ITEMS.length)], 1 + random.nextInt(3),
                    cents(500, 30000)));
        }
        Document doc = studio.invoices().create(OWNER, draft);
        open.addLast(new long[] {doc.id(), doc.total().minor()});
        recent.addLast(doc);
        if (recent.size() > 64) {
            recent.pollFirst();
        }
    }

    private boolean pay(LocalDate date) {
        long[] inv = open.peekFirst();
        if (inv == null) {
            return false;
        }
        long amount = Math.min(inv[1], 1000 + random.nextInt(60000));
        Receipt r = studio.money().pay(OWNER, Pay.of(inv[0], Money.ofMinor(amount, usd)).method("Check").on(date));
        inv[1] = r.balance().minor();
        if (inv[1] <= 0) {
            open.pollFirst();
        }
        return true;
    }

    private boolean creditMemo(LocalDate date) {
        Document original = recent.pollLast();
        if (original == null) {
            return false;
        }
        Line first = original.lines().get(0);
        Document memo = studio.invoices().creditMemo(OWNER, original.id(), date, false,
                List.of(first.withQuantity(-1)), "Returned");
        credits.addLast(new long[] {memo.id(), -memo.total().minor()});
        return true;
    }

    private boolean refund(LocalDate date) {
        long[] credit = credits.peekFirst();
        if (credit == null) {
            return false;
        }
        long amount = Math.min(credit[1], 500 + random.nextInt(5000));
        studio.money().refund(OWNER, Refund.of(credit[0], Money.ofMinor(amount, usd)).method("Check").on(date));
        spend(credit, amount);
        return true;
    }

    private boolean transfer(LocalDate date) {
        long[] credit = credits.peekFirst();
        long[] due = open.peekLast();
        if (credit == null || due == null) {
            return false;
        }
        long amount = Math.min(credit[1], due[1]);
        Receipt r = studio.money().transfer(OWNER, Transfer.of(credit[0], due[0], Money.ofMinor(amount, usd)).on(date));
        due[1] = r.targetBalance().minor();
        if (due[1] <= 0) {
            open.pollLast();
        }
        spend(credit, amount);
        return true;
    }

    private void spend(long[] credit, long amount) {
        credit[1] -= amount;
        if (credit[1] <= 0) {
            credits.pollFirst();
        }
    }

    private Money cents(int low, int high) {
        return Money.ofMinor(low + random.nextInt(high - low), usd);
    }
}
