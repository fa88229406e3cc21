package org.studiokit.examples.demo;

import static org.studiokit.examples.demo.DemoStudio.usd;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.posting.run.PostingRequest;

/**
 * {@code studio demo --scale N}: a year of history before the demo's March (March 2025 to February 2026) — N
 * generic invoices of one to three lines for a pool of clients, most paid in full or in part by cash, check or card,
 * some from a customer deposit — posted month by month. The same N always gives the same books (a seeded generator).
 * Commands run a few hundred to a transaction so that a database is not asked for one commit per command; every
 * command is valid by construction, so none is refused inside a shared transaction.
 */
final class History {
    /** Commands (documents with their payments) per transaction. */
    static final int PER_TRANSACTION = 250;
    static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST = LocalDate.of(2026, 2, 27);
    private static final String[] ITEMS = {"Session fee", "8x10 print", "Canvas 16x20", "Digital files"};
    private static final long[] PRICES = {9500, 2500, 18000, 7500};
    private static final String[] METHODS = {"Cash", "Check", "Credit Card"};

    private final DemoStudio s;
    private final Consumer<Runnable> transaction;
    private final Random random = new Random(2025);
    private final List<Long> clients = new ArrayList<>();

    /**
     * @param s           the demo's studio
     * @param transaction runs its argument as one transaction of the studio's store
     */
    History(DemoStudio s, Consumer<Runnable> transaction) {
        this.s = s;
        this.transaction = transaction;
    }

    /**
     * Records {@code documents} invoices with their payments and posts each month once it is over.
     *
     * @param documents how many invoices
     * @param progress  told the number of invoices recorded so far after each transaction, and the total only once the
     *                  last month is posted too
     * @return the number of posting runs
     */
    int record(int documents, LongConsumer progress) {
        int clientCount = Math.max(10, documents / 20);
        for (int done = 0; done < clientCount; done += PER_TRANSACTION) {
            int from = done;
            transaction.accept(() -> {
                for (int i = from; i < Math.min(clientCount, from + PER_TRANSACTION); i++) {
                    clients.add(s.studio.clients().create(s.clerk, String.format("History client %05d", i + 1)).id());
                }
            });
        }
        long span = ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        int runs = 0;
        YearMonth open = YearMonth.from(FIRST);
        for (int done = 0; done < documents; ) {
            int end = Math.min(documents, done + PER_TRANSACTION);
            LocalDate lastDate = dateOf(end - 1, documents, span);
            if (YearMonth.from(lastDate).isAfter(open)) {
                end = firstOfMonthAfter(done, end, documents, span, open);
            }
            if (end > done) {
                int from = done;
                int to = end;
                transaction.accept(() -> {
                    for (int i = from; i < to; i++) {
                        invoice(dateOf(i, documents, span));
                    }
                });
                done = end;
                progress.accept(done < documents ? done : documents - 1);
            }
            LocalDate next = done < documents ? dateOf(done, documents, span) : LAST.withDayOfMonth(1).plusMonths(1);
            while (YearMonth.from(next).isAfter(open)) {
                runs += post(open.atEndOfMonth());
                open = open.plusMonths(1);
            }
        }
        progress.accept(documents);
        return runs;
    }

    private static int firstOfMonthAfter(int from, int to, int documents, long span, YearMonth open) {
        for (int i = from; i < to; i++) {
            if (YearMonth.from(dateOf(i, documents, span)).isAfter(open)) {
                return i;
            }
        }
        return to;
    }

    private static LocalDate dateOf(int i, int documents, long span) {
        return FIRST.plusDays(i * span / documents);
    }

    private int post(LocalDate through) {
        return s.books.post(s.manager, PostingRequest.through(through)).isPresent() ? 1 : 0;
    }

    private void invoice(LocalDate date) {
        long client = clients.get(random.nextInt(clients.size()));
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, client, date);
        int lines = 1 + random.nextInt(3);
        for (int l = 0; l < lines; l++) {
            int item = random.nextInt(ITEMS.length);
            draft = draft.line(Line.of(ITEMS[item], 1 + random.nextInt(3), Money.ofMinor(PRICES[item], DemoStudio.USD)));
        }
        Document doc = s.studio.invoices().create(s.clerk, draft);
        String method = METHODS[random.nextInt(METHODS.length)];
        int roll = random.nextInt(100);
        if (roll < 55) {
            s.studio.money().pay(s.clerk, Pay.of(doc.id(), doc.total()).method(method).on(date));
        } else if (roll < 75) {
            Money half = Money.ofMinor(doc.total().minor() / 2, DemoStudio.USD);
            s.studio.money().pay(s.clerk, Pay.of(doc.id(), half).method(method).on(date));
        } else if (roll < 80) {
            s.studio.money().deposit(s.clerk, Deposit.of(client, usd("50.00")).method(method).on(date));
        }
    }
}
