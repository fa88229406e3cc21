package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.money.Money;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;

/** RPT-6: the trial balance, GL balances and a batch's journal by account, from the journal alone. */
final class TrialBalanceReport {
    private final ReportSources in;

    TrialBalanceReport(ReportSources in) {
        this.in = in;
    }

    /** As of a date and/or through a batch (null for no limit). */
    TrialBalance of(LocalDate asOf, Long batch) {
        Map<String, Money> accounts = new TreeMap<>();
        in.journal().accountTotals(asOf, batch).forEach((account, minor) -> accounts.put(account,
                Money.ofMinor(minor, in.zero().currency())));
        Money total = accounts.values().stream().reduce(in.zero(), Money::plus);
        return new TrialBalance(accounts, total);
    }

    /** @return an account's balance (debit-positive) from entries dated on or before a date (null: all) */
    Money balance(String account, LocalDate asOf) {
        return of(asOf, null).accounts().getOrDefault(account, in.zero());
    }

    /** @return debit and credit sums per account of a batch, sorted by account */
    static Map<String, DebitCredit> journal(PostingBatch b) {
        Map<String, DebitCredit> journal = new TreeMap<>();
        for (JournalEntry e : b.entries()) {
            for (JournalLine l : e.lines()) {
                journal.merge(l.account(), new DebitCredit(l.debit(), l.credit()), DebitCredit::plus);
            }
        }
        return journal;
    }

    /** @return how many journal entries of a kind the books hold */
    long entries(EntryKind kind) {
        return in.journal().batches().stream().flatMap(b -> b.entries().stream()).filter(e -> e.kind() == kind)
                .count();
    }
}
