package org.studiokit.posting.journal;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.studiokit.core.money.Money;

/**
 * A balanced journal entry (PST-3). Lines on the same account and client are netted; zero lines are not written.
 * Immutable, with the value semantics of a record over its eight components.
 *
 * <p>Held compactly, because a studio's journal holds an entry per posted record: per line only the place it books
 * (account, client id and name, shared by every entry of a run that books the same place) and a {@code long} amount
 * in minor units, one currency per entry; {@link #lines()} makes {@link JournalLine} values on demand. The memo is
 * kept only when it is not the usual one of its kind ({@link #usualMemo}), and a label such as {@code invoice 1001}
 * as its number.
 */
public final class JournalEntry {
    /** How records are named ({@code RecordNames}): a label of one of these and a number is kept as the number. */
    private static final String[] PREFIXES = {"invoice ", "credit memo ", "estimate ", "payment ", "deposit ",
        "application ", "refund ", "transfer ", "unapply "};

    private final int sequence;
    private final LocalDate date;
    private final EntryKind kind;
    private final RecordRef record;
    private final String labelText;
    private final long labelNumber;
    private final String memo;
    private final LinePlaces.Place[] places;
    private final long[] amounts;
    private final Currency currency;
    private final long originalBatch;

    /**
     * Copies and checks the entry balances: a ledger is never written unbalanced.
     *
     * @param sequence      position in its batch, from 1
     * @param date          the entry date
     * @param kind          what it books
     * @param record        the record it books (for a move: the document)
     * @param recordLabel   the record as people name it, e.g. {@code invoice 1001} or {@code payment 3}
     * @param memo          a short description
     * @param lines         the lines, debit-positive, summing to zero, in one currency
     * @param originalBatch for an adjustment: the batch that first posted the record, else 0
     */
    public JournalEntry(int sequence, LocalDate date, EntryKind kind, RecordRef record, String recordLabel,
            String memo, List<JournalLine> lines, long originalBatch) {
        this(sequence, date, kind, record, recordLabel, memo, places(lines), minors(lines), currency(lines),
                originalBatch);
    }

    private JournalEntry(int sequence, LocalDate date, EntryKind kind, RecordRef record, String recordLabel,
            String memo, LinePlaces.Place[] places, long[] amounts, Currency currency, long originalBatch) {
        long sum = 0;
        for (long a : amounts) {
            sum = Math.addExact(sum, a);
        }
        this.sequence = sequence;
        this.date = date;
        this.kind = kind;
        this.record = record;
        int prefix = numberedPrefix(recordLabel);
        this.labelText = prefix < 0 ? recordLabel : PREFIXES[prefix];
        this.labelNumber = prefix < 0 ? -1 : Long.parseLong(recordLabel, PREFIXES[prefix].length(),
                recordLabel.length(), 10);
        this.memo = memo != null && memo.equals(usualMemo(kind, recordLabel)) ? null : memo;
        this.places = places;
        this.amounts = amounts;
        this.currency = currency;
        this.originalBatch = originalBatch;
        if (sum != 0) {
            throw new IllegalStateException("unbalanced journal entry for " + recordLabel + ": " + lines());
        }
    }

    /**
     * An entry of a posting run: the non-zero amounts of a booking as lines, debits first (each side in the
     * booking's order), on places shared through {@code places}, with the usual memo of its kind.
     *
     * @return the entry, or null when every amount of the booking is zero (no entry is written)
     */
    public static JournalEntry of(int sequence, LocalDate date, EntryKind kind, RecordRef record, String recordLabel,
            Booking booking, LinePlaces places, Currency currency, long originalBatch) {
        int n = 0;
        for (int i = 0; i < booking.size(); i++) {
            n += booking.minor(i) != 0 ? 1 : 0;
        }
        if (n == 0) {
            return null;
        }
        LinePlaces.Place[] at = new LinePlaces.Place[n];
        long[] amounts = new long[n];
        int k = 0;
        for (int debit = 1; debit >= 0; debit--) {
            for (int i = 0; i < booking.size(); i++) {
                long minor = booking.minor(i);
                if (minor != 0 && (minor > 0) == (debit == 1)) {
                    at[k] = places.place(booking.account(i), booking.clientId(i));
                    amounts[k++] = minor;
                }
            }
        }
        return new JournalEntry(sequence, date, kind, record, recordLabel, null, at, amounts, currency,
                originalBatch);
    }

    /**
     * @return the memo a posting run writes for an entry of a kind: the label for a document's or a movement's own
     *         entry, {@code customer deposits to A/R for LABEL} for a move, {@code adjustment of LABEL} for an
     *         adjustment
     */
    public static String usualMemo(EntryKind kind, String recordLabel) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case DOCUMENT, MOVEMENT -> recordLabel;
            case DEPOSITS_TO_AR -> "customer deposits to A/R for " + recordLabel;
            case ADJUSTMENT -> "adjustment of " + recordLabel;
        };
    }

    private static LinePlaces.Place[] places(List<JournalLine> lines) {
        LinePlaces.Place[] p = new LinePlaces.Place[lines.size()];
        for (int i = 0; i < p.length; i++) {
            JournalLine l = lines.get(i);
            p[i] = new LinePlaces.Place(l.account(), l.clientId(), l.client());
        }
        return p;
    }

    private static long[] minors(List<JournalLine> lines) {
        long[] a = new long[lines.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = lines.get(i).amount().minor();
        }
        return a;
    }

    private static Currency currency(List<JournalLine> lines) {
        Currency c = lines.isEmpty() ? null : lines.get(0).amount().currency();
        for (JournalLine l : lines) {
            if (!l.amount().currency().equals(c)) {
                throw new IllegalArgumentException("journal lines in more than one currency: " + lines);
            }
        }
        return c;
    }

    /** @return position in its batch, from 1 */
    public int sequence() {
        return sequence;
    }

    /** @return the entry date */
    public LocalDate date() {
        return date;
    }

    /** @return what it books */
    public EntryKind kind() {
        return kind;
    }

    /** @return the record it books (for a move: the document) */
    public RecordRef record() {
        return record;
    }

    /** @return the record as people name it */
    public String recordLabel() {
        return labelNumber < 0 ? labelText : labelText + labelNumber;
    }

    /**
     * @return the index in {@link #PREFIXES} of a label that is one of them followed by a number written as
     *         {@link Long#toString} writes it, or -1 (such a label is kept as its prefix and a {@code long})
     */
    private static int numberedPrefix(String label) {
        if (label == null) {
            return -1;
        }
        for (int p = 0; p < PREFIXES.length; p++) {
            int from = PREFIXES[p].length();
            int digits = label.length() - from;
            if (label.startsWith(PREFIXES[p]) && digits > 0 && digits <= 18
                    && (label.charAt(from) != '0' || digits == 1) && allDigits(label, from)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return a short description */
    public String memo() {
        return memo != null ? memo : usualMemo(kind, recordLabel());
    }

    /** @return for an adjustment: the batch that first posted the record, else 0 */
    public long originalBatch() {
        return originalBatch;
    }

    /** @return how many lines it has */
    public int lineCount() {
        return amounts.length;
    }

    /** @return the account of line {@code i} */
    public String account(int i) {
        return places[i].account();
    }

    /** @return the client id of line {@code i}, or 0 */
    public long clientId(int i) {
        return places[i].clientId();
    }

    /** @return the debit-positive amount of line {@code i} in minor units */
    public long minor(int i) {
        return amounts[i];
    }

    /** @return the lines, debit-positive, summing to zero (made on each call; read {@link #minor} for sums) */
    public List<JournalLine> lines() {
        return new Lines();
    }

    /** @return Σ debits */
    public Money debits(Money zero) {
        long sum = 0;
        for (long a : amounts) {
            sum = a > 0 ? Math.addExact(sum, a) : sum;
        }
        return sum == 0 ? zero : zero.plus(Money.ofMinor(sum, zero.currency()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry e && sequence == e.sequence && originalBatch == e.originalBatch
                && Objects.equals(date, e.date) && kind == e.kind && Objects.equals(record, e.record)
                && Objects.equals(recordLabel(), e.recordLabel()) && Objects.equals(memo(), e.memo())
                && lines().equals(e.lines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, date, kind, record, recordLabel(), memo(), lines(), originalBatch);
    }

    @Override
    public String toString() {
        return "JournalEntry[sequence=" + sequence + ", date=" + date + ", kind=" + kind + ", record=" + record
                + ", recordLabel=" + recordLabel() + ", memo=" + memo() + ", lines=" + lines() + ", originalBatch="
                + originalBatch + "]";
    }

    /** The lines as values, made from the compact form. */
    private final class Lines extends AbstractList<JournalLine> implements RandomAccess {
        @Override
        public JournalLine get(int i) {
            LinePlaces.Place p = places[i];
            return new JournalLine(p.account(), p.clientId(), p.client(), Money.ofMinor(amounts[i], currency));
        }

        @Override
        public int size() {
            return amounts.length;
        }
    }
}
