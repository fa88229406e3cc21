package org.studiokit.benchmarks.books;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Set;

/** Writes one transaction to the ledger journal and the Beancount body, and remembers its accounts. */
final class Entries {
    private final Writer journal;
    private final Writer bean;
    private final Set<String> accounts;

    Entries(Writer journal, Writer bean, Set<String> accounts) {
        this.journal = journal;
        this.bean = bean;
        this.accounts = accounts;
    }

    /** @param postings account, minor units, account, minor units, ... */
    void add(LocalDate date, String description, Object... postings) throws IOException {
        journal.write(date + " " + description + "\n");
        bean.write(date + " * \"" + description + "\"\n");
        for (int k = 0; k < postings.length; k += 2) {
            String account = (String) postings[k];
            String amount = Texts.amount((Long) postings[k + 1]);
            accounts.add(account);
            journal.write("    " + account + "  " + amount + " USD\n");
            bean.write("  " + account + "  " + amount + " USD\n");
        }
        journal.write("\n");
        bean.write("\n");
    }
}
