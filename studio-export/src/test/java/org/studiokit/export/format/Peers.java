package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.money.Money;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Names;
import org.studiokit.testkit.peer.ExternalProgram;
import org.studiokit.posting.Books;

/**
 * The real plain-text accounting tools as judges: {@code hledger check --strict}, {@code ledger --pedantic bal}
 * compared with our trial balance, and Beancount's checker with one balance assertion per trial-balance account.
 */
final class Peers {
    private Peers() {
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return our trial balance, in the journal's account names, non-zero balances only, as decimal text */
    static Map<String, BigDecimal> trialBalance(Books books, Names names) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Map.Entry<String, Money> e : books.reports().trialBalance(null, null).accounts().entrySet()) {
            if (!e.getValue().isZero()) {
                m.put(names.get(e.getKey()), e.getValue().toDecimal());
            }
        }
        return m;
    }

    static void hledgerChecks(List<Path> files) {
        ExternalProgram.require("hledger", "hledger");
        List<String> cmd = new ArrayList<>(List.of("hledger", "check", "--strict"));
        files.forEach(f -> cmd.addAll(List.of("-f", f.toString())));
        ExternalProgram.Result r = ExternalProgram.run(cmd);
        assertThat(r.exit()).as("hledger check --strict: " + r.output()).isZero();
    }

    /** Runs {@code ledger bal} and compares each account's balance with our trial balance. */
    static void ledgerBalances(Path file, Map<String, BigDecimal> expected) {
        ExternalProgram.require("ledger", "ledger");
        ExternalProgram.Result r = ExternalProgram.run(List.of("ledger", "-f", file.toString(), "--pedantic", "bal",
                "--flat", "--no-total", "--balance-format", "%(account)\\t%(quantity(display_total))\\n"));
        assertThat(r.exit()).as("ledger bal: " + r.output()).isZero();
        Map<String, BigDecimal> actual = new TreeMap<>();
        for (String line : r.output().split("\n")) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                actual.put(cells[0], new BigDecimal(cells[1].trim()));
            }
        }
        actual.values().removeIf(v -> v.signum() == 0);
        assertThat(actual.keySet()).as("ledger bal accounts").isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as("ledger bal " + k).isEqualByComparingTo(v));
    }

    /** @return the Beancount file with a balance assertion per trial-balance account the day after its last entry */
    static byte[] withAssertions(byte[] file, ExportBook book, Books books, Names names) {
        LocalDate after = java.util.stream.Stream.concat(book.transactions().stream().map(ExportTransaction::date),
                book.batches().stream().map(b -> b.cutOff())).max(LocalDate::compareTo).orElseThrow().plusDays(1);
        StringBuilder sb = new StringBuilder(new String(file, StandardCharsets.UTF_8)).append('\n');
        String cur = book.currency().getCurrencyCode();
        books.reports().trialBalance(null, null).accounts().forEach((account, balance) -> sb.append(after)
                .append(" balance ").append(names.get(account)).append("  ").append(balance.toDecimal().toPlainString())
                .append(' ').append(cur).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void beanCheck(Path file) {
        ExternalProgram.require("bean-check", "beancount");
        ExternalProgram.Result r = ExternalProgram.run(List.of("bean-check", file.toString()));
        assertThat(r.exit()).as("bean-check: " + r.output()).isZero();
        assertThat(r.output()).as("bean-check output").isBlank();
    }

    /**
     * Loads many Beancount files in one process with Beancount's own loader, as bean-check does (same interpreter,
     * read from bean-check's first line).
     */
    static void beanLoadAll(List<Path> files) {
        Path beanCheck = ExternalProgram.require("bean-check", "beancount");
        String python;
        try {
            python = Files.readAllLines(beanCheck).get(0).substring(2).trim().split(" ")[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(python, "-c", "import sys\nfrom beancount import loader\n"
                + "bad = 0\nfor f in sys.argv[1:]:\n    entries, errors, options = loader.load_file(f)\n"
                + "    for e in errors:\n        bad += 1\n        print(f, e.message)\nsys.exit(1 if bad else 0)\n"));
        files.forEach(f -> cmd.add(f.toString()));
        ExternalProgram.Result r = ExternalProgram.run(cmd);
        assertThat(r.exit()).as("beancount loader: " + r.output()).isZero();
    }
}
