package org.studiokit.benchmarks.books;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Synthetic studio books, written three ways from one seeded stream of N documents: 50 % invoices taxed at two
 * rates, 40 % payments against the client's oldest open invoice, 10 % customer deposits (and payments that find no
 * open invoice become deposits), over 2,000 clients. Writes {@code books.json} (a {@code studio run} script: the
 * clients, every document, one posting run, a trial balance), {@code books.journal} (ledger / hledger) and
 * {@code books.beancount} — byte for byte what {@code bench/books.py N DIR} writes, so either can be used.
 */
public final class BookGenerator {
    /** How many clients the books have. */
    public static final int CLIENTS = 2000;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private final int documents;
    private final PyRandom random = new PyRandom(42);
    private final Map<Integer, ArrayDeque<long[]>> open = new HashMap<>();
    private final TreeSet<String> accounts = new TreeSet<>();

    private BookGenerator(int documents) {
        this.documents = documents;
    }

    /** Writes the three files of {@code documents} documents into {@code dir} and returns the dir. */
    public static Path write(int documents, Path dir) {
        try {
            Files.createDirectories(dir);
            new BookGenerator(documents).writeAll(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code BookGenerator N DIR}. */
    public static void main(String[] args) {
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    private void writeAll(Path dir) throws IOException {
        Path body = dir.resolve("books.beancount.part");
        try (Writer json = writer(dir.resolve("books.json"));
                Writer journal = writer(dir.resolve("books.journal"));
                Writer bean = writer(body)) {
            json.write(Texts.STUDIO_HEADER);
            for (int c = 1; c <= CLIENTS; c++) {
                json.write((c == 1 ? "" : ", ") + "{\"op\": \"client\", \"ref\": \"c" + c
                        + "\", \"name\": \"Client " + String.format("%04d", c) + "\"}");
            }
            Entries entries = new Entries(journal, bean, accounts);
            for (int i = 0; i < documents; i++) {
                json.write(", ");
                json.write(document(i, entries));
            }
            json.write(", {\"op\": \"post\", \"through\": \"" + START.plusDays(365)
                    + "\"}, {\"op\": \"report\", \"name\": \"trial-balance\"}]}");
        }
        try (Writer bean = writer(dir.resolve("books.beancount"))) {
            bean.write("option \"operating_currency\" \"USD\"\n");
            for (String a : accounts) {
                bean.write("2025-12-31 open " + a + "\n");
            }
            bean.flush();
            try (var in = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
                in.transferTo(bean);
            }
        }
        Files.delete(body);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private String document(int i, Entries entries) throws IOException {
        LocalDate d = START.plusDays((long) i * 365 / documents);
        int c = random.randint(1, CLIENTS);
        double kind = random.random();
        String ar = "Assets:AR:C" + String.format("%04d", c);
        if (kind < 0.5) {
            long net = random.randint(1000, 90000);
            long st = (net * 4 + 50) / 100;
            long ct = (net * 45 + 500) / 1000;
            open.computeIfAbsent(c, k -> new ArrayDeque<>()).add(new long[] {i, net + st + ct});
            entries.add(d, "Invoice " + i, ar, net + st + ct, "Income:Sales", -net,
                    "Liabilities:SalesTax:State", -st, "Liabilities:SalesTax:City", -ct);
            return "{\"op\": \"invoice\", \"ref\": \"i" + i + "\", \"type\": \"GENERIC\", \"client\": \"c" + c
                    + "\", \"date\": \"" + d + "\", \"lines\": [{\"item\": \"Print\", \"qty\": 1, \"price\": \""
                    + Texts.amount(net) + "\"}]}";
        }
        ArrayDeque<long[]> pending = kind < 0.9 ? open.get(c) : null;
        if (pending != null && !pending.isEmpty()) {
            long[] inv = pending.peekFirst();
            long a = Math.min(inv[1], random.randint(1000, 50000));
            inv[1] -= a;
            if (inv[1] == 0) {
                pending.pollFirst();
            }
            entries.add(d, "Payment " + i, "Assets:UndepositedFunds", a, ar, -a);
            return "{\"op\": \"payment\", \"invoice\": \"i" + inv[0] + "\", \"date\": \"" + d
                    + "\", \"method\": \"Check\", \"amount\": \"" + Texts.amount(a) + "\"}";
        }
        long a = random.randint(1000, 50000);
        entries.add(d, "Deposit " + i, "Assets:UndepositedFunds", a, "Liabilities:CustomerDeposits", -a);
        return "{\"op\": \"deposit\", \"client\": \"c" + c + "\", \"date\": \"" + d
                + "\", \"method\": \"Cash\", \"amount\": \"" + Texts.amount(a) + "\"}";
    }
}
