package org.studiokit.export.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.export.BatchReader;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportFixture;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.Hostile;
import org.studiokit.export.RandomStudios;
import org.studiokit.posting.Books;

/** EXP-2 EXP-5: hledger, ledger and Beancount accept our journals and agree with our trial balance. */
class PeerTest {
    @TempDir
    Path dir;

    private void judge(Books books, ExportBook book, String name) {
        Path journal = Peers.write(dir, name + ".journal", new LedgerExporter().write(book));
        Peers.hledgerChecks(List.of(journal));
        Peers.ledgerBalances(journal, Peers.trialBalance(books, LedgerExporter.accounts(book)));
        byte[] bean = Peers.withAssertions(new BeancountExporter().write(book), book, books,
                BeancountExporter.accounts(book));
        Peers.beanCheck(Peers.write(dir, name + ".beancount", bean));
    }

    @Test
    @DisplayName("EXP-2 the golden studio: hledger check passes, ledger bal and bean-check balances equal the trial balance")
    void golden() {
        ExportFixture f = ExportFixture.golden();
        judge(f.books, f.book(ExportOptions.defaults()), "golden");
    }

    @Test
    @DisplayName("EXP-5 hostile names: hledger, ledger and bean-check still accept the journals with the same balances")
    void hostile() {
        ExportFixture f = Hostile.studio();
        judge(f.books, f.book(ExportOptions.defaults()), "hostile");
    }

    @Test
    @DisplayName("EXP-2 200 random posted studios: hledger check, ledger bal and Beancount balances equal the trial balance")
    void randomStudios() {
        List<Path> journals = new ArrayList<>();
        List<Path> beans = new ArrayList<>();
        RandomStudios.forAll(200, books -> {
            ExportBook book = new BatchReader(books, ExportOptions.defaults()).read(RandomStudios.all(books));
            String name = "studio-" + journals.size();
            Path journal = Peers.write(dir, name + ".journal", new LedgerExporter().write(book));
            Peers.ledgerBalances(journal, Peers.trialBalance(books, LedgerExporter.accounts(book)));
            journals.add(journal);
            beans.add(Peers.write(dir, name + ".beancount", Peers.withAssertions(new BeancountExporter().write(book),
                    book, books, BeancountExporter.accounts(book))));
        });
        for (int i = 0; i < journals.size(); i += 50) {
            Peers.hledgerChecks(journals.subList(i, Math.min(journals.size(), i + 50)));
        }
        Peers.beanLoadAll(beans);
        System.out.println("peer check: " + journals.size() + " random posted studios");
    }
}
