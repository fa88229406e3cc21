package org.studiokit.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.PaymentMethod;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.StudioReader;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;

/**
 * Reads posting batches into an {@link ExportBook}: the one place that knows the posting module's journal types.
 * Each journal entry becomes a transaction with its stable reference (EXP-3); the money movements of a payment method
 * that exports daily totals become one transaction per day (PAY-3); every account gets its type from the studio's
 * settings. The documents and movements a batch's entries name are read in one go per batch, not one by one
 * (each {@link #read} reads afresh).
 */
public final class BatchReader {
    private final Books books;
    private final ExportOptions options;
    private final Map<Long, Document> documents = new HashMap<>();
    private final Map<Long, MoneyMovement> movements = new HashMap<>();

    /**
     * @param books   the studio's books
     * @param options the studio's export options
     */
    public BatchReader(Books books, ExportOptions options) {
        this.books = books;
        this.options = options;
    }

    /** @return the book of these batches (ascending batch numbers; {@code NOT_FOUND} for an unknown one) */
    public ExportBook read(List<Long> numbers) {
        StudioSettings settings = books.studio().settings();
        documents.clear();
        movements.clear();
        List<ExportBatch> batches = new ArrayList<>();
        Map<String, AccountType> accounts = new LinkedHashMap<>();
        for (long n : numbers.stream().sorted().distinct().toList()) {
            PostingBatch batch = books.batch(n);
            readRecords(batch);
            List<ExportTransaction> transactions = new ArrayList<>();
            for (JournalEntry e : batch.entries()) {
                ExportTransaction t = transaction(batch.number(), e);
                t.lines().forEach(l -> accounts.computeIfAbsent(l.account(), a -> typeOf(a, settings)));
                transactions.add(t);
            }
            batches.add(new ExportBatch(n, batch.cutOff(), DailyTotals.group(transactions, method -> individually(
                    settings, method), options.studio())));
        }
        return new ExportBook(settings.currency(), batches, accounts, options);
    }

    /** Reads the documents and movements the batch's entries name, in one go each. */
    private void readRecords(PostingBatch batch) {
        Set<Long> docs = new HashSet<>();
        Set<Long> money = new HashSet<>();
        for (JournalEntry e : batch.entries()) {
            (e.record().kind() == RecordRef.Kind.DOCUMENT ? docs : money).add(e.record().id());
        }
        docs.removeAll(documents.keySet());
        money.removeAll(movements.keySet());
        store().documents().findAll(docs).forEach(d -> documents.put(d.id(), d));
        store().movements().findAll(money).forEach(m -> movements.put(m.id(), m));
    }

    private ExportTransaction transaction(long batch, JournalEntry e) {
        List<ExportLine> lines = new ArrayList<>();
        for (JournalLine l : e.lines()) {
            lines.add(new ExportLine(l.account(), l.client(), l.amount().minor()));
        }
        Source source = source(e);
        String method = null;
        if (source == Source.PAYMENT || source == Source.DEPOSIT || source == Source.REFUND) {
            method = movement(e.record()).method();
        }
        return new ExportTransaction(batch, e.sequence(), e.date(), source, e.recordLabel(), e.memo(), method,
                reference(options.studio(), batch, e.sequence()), lines);
    }

    /** @return the stable reference of an entry: studio, batch, entry (EXP-3) */
    public static String reference(String studio, long batch, int entry) {
        return studio + "-" + batch + "-" + entry;
    }

    private Source source(JournalEntry e) {
        return switch (e.kind()) {
            case ADJUSTMENT -> Source.ADJUSTMENT;
            case DEPOSITS_TO_AR -> Source.DEPOSITS_TO_AR;
            case DOCUMENT -> document(e.record()).type() == DocumentType.CREDIT_MEMO ? Source.CREDIT_MEMO
                    : Source.INVOICE;
            case MOVEMENT -> switch (movement(e.record()).kind()) {
                case PAYMENT -> Source.PAYMENT;
                case DEPOSIT -> Source.DEPOSIT;
                case APPLICATION -> Source.APPLICATION;
                case REFUND -> Source.REFUND;
                case TRANSFER -> Source.TRANSFER;
                case UNAPPLY -> Source.UNAPPLY;
            };
        };
    }

    private StudioReader store() {
        return books.studio().records();
    }

    private Document document(RecordRef r) {
        return documents.computeIfAbsent(r.id(), id -> store().documents().find(id).orElseThrow());
    }

    private MoneyMovement movement(RecordRef r) {
        return movements.computeIfAbsent(r.id(), id -> store().movements().find(id).orElseThrow());
    }

    private static boolean individually(StudioSettings settings, String method) {
        PaymentMethod m = settings.paymentMethods().get(method);
        return m == null || m.exportIndividually();
    }

    /** @return an account's type, from the role the studio's settings give it */
    static AccountType typeOf(String account, StudioSettings s) {
        if (account.equals(s.account(AccountRole.AR))) {
            return AccountType.RECEIVABLE;
        }
        if (account.equals(s.account(AccountRole.CUSTOMER_DEPOSITS))
                || s.taxRates().keySet().stream().anyMatch(code -> account.equals(s.taxAccount(code)))
                || account.equals(s.account(AccountRole.SALES_TAX))) {
            return AccountType.LIABILITY;
        }
        if (account.equals(s.account(AccountRole.UNDEPOSITED_FUNDS))
                || s.paymentMethods().keySet().stream().anyMatch(m -> account.equals(s.depositAccount(m)))) {
            return AccountType.ASSET;
        }
        return account.equals(s.account(AccountRole.BAD_DEBT)) ? AccountType.EXPENSE : AccountType.INCOME;
    }
}
