package org.studiokit.benchmarks;

import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.export.BatchReader;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportFormats;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.Exporter;
import org.studiokit.posting.Books;
import org.studiokit.posting.run.PostingRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export speed (EXP-2) on the benchmark books of {@code shared/bench/books.py}: records the script's clients,
 * invoices, payments and deposits, posts them in one run, then exports the batch in every format and writes the
 * same bytes through a plain {@code BufferedWriter}, in the same run. The batch is read into an export book once
 * (its time printed apart), as a host exporting several formats would; prints per format the median export time
 * (the exporter streaming the file to {@code Files.newOutputStream}, formatting and saving it; the saved file is
 * checked against {@code write(book)} after each run, untimed), the median plain-write time, and their ratio (plain ÷ export; 1 would
 * mean exporting costs no more than writing its bytes), in wall-clock and in the thread's CPU time (steadier on a
 * loaded machine). Run:
 * {@code python3 books.py 100000 /tmp/books && java -cp studio-benchmarks/target/benchmarks.jar
 * org.studiokit.benchmarks.ExportBenchmark /tmp/books/books.json}.
 */
public final class ExportBenchmark {
    private static final Actor OWNER = Actor.of("owner", Role.OWNER);
    private static final int WARMUP = 2;
    private static final int RUNS = 5;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    private ExportBenchmark() {
    }

    /** @param args the books.json path, and optionally formats to run */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Books books = record(JsonMapper.builder().build().readTree(Path.of(args[0]).toFile()));
        System.out.printf("recorded and posted %d entries in %d ms%n", books.batch(1).entries().size(),
                (System.nanoTime() - t0) / 1_000_000);
        Path dir = Files.createTempDirectory("export-bench");
        List<String> only = Arrays.asList(args).subList(1, args.length);
        ExportFormats formats = ExportFormats.installed();
        if (only.contains("--sha256")) {
            ExportBook book = new BatchReader(books, ExportOptions.defaults()).read(List.of(1L));
            for (String id : formats.ids()) {
                Exporter e = formats.find(id).orElseThrow();
                byte[] bytes = e.write(book);
                Path file = dir.resolve("batch-1." + id + "." + e.extension());
                save(e, book, file);
                if (!Arrays.equals(bytes, Files.readAllBytes(file))) {
                    throw new IllegalStateException(id + ": the streamed file differs from write(book)");
                }
                System.out.printf("%s %s%n", sha256(bytes), id);
            }
            return;
        }
        long[] read = new long[RUNS];
        ExportBook book = null;
        for (int i = -WARMUP; i < RUNS; i++) {
            long a = CPU.getCurrentThreadCpuTime();
            book = new BatchReader(books, ExportOptions.defaults()).read(List.of(1L));
            if (i >= 0) {
                read[i] = CPU.getCurrentThreadCpuTime() - a;
            }
        }
        System.out.printf("reading the batch into an export book, once, shared by every format below: %.1f ms CPU%n",
                median(read) / 1e6);
        System.out.printf("%-12s %8s %8s %10s %10s %7s %10s %10s %7s%n", "format", "MB", "txns", "export ms",
                "plain ms", "ratio", "export cpu", "plain cpu", "ratio");
        for (String id : formats.ids()) {
            if (only.isEmpty() || only.contains(id)) {
                measure(book, formats.find(id).orElseThrow(), dir);
            }
        }
    }

    private static void measure(ExportBook book, Exporter exporter, Path dir) throws IOException {
        Path file = dir.resolve("batch-1." + exporter.id() + "." + exporter.extension());
        long[][] t = new long[4][RUNS];
        byte[] bytes = exporter.write(book);
        String text = new String(bytes, charset(exporter));
        for (int i = -WARMUP; i < RUNS; i++) {
            long a = System.nanoTime();
            long ac = CPU.getCurrentThreadCpuTime();
            save(exporter, book, file);
            long b = System.nanoTime();
            long bc = CPU.getCurrentThreadCpuTime();
            if (!Arrays.equals(bytes, Files.readAllBytes(file))) {
                throw new IllegalStateException(exporter.id() + ": the streamed file differs from write(book)");
            }
            long c = System.nanoTime();
            long cc = CPU.getCurrentThreadCpuTime();
            try (BufferedWriter w = Files.newBufferedWriter(file, charset(exporter))) {
                w.write(text);
            }
            long d = System.nanoTime();
            long dc = CPU.getCurrentThreadCpuTime();
            if (i >= 0) {
                t[0][i] = b - a;
                t[1][i] = d - c;
                t[2][i] = bc - ac;
                t[3][i] = dc - cc;
            }
        }
        double[] ms = new double[4];
        for (int k = 0; k < 4; k++) {
            ms[k] = median(t[k]) / 1e6;
        }
        int txns = exporter.transactions(book);
        System.out.printf("%-12s %8.1f %8d %10.1f %10.1f %7.3f %10.1f %10.1f %7.3f%n", exporter.id(),
                bytes.length / 1e6, txns, ms[0], ms[1], ms[1] / ms[0], ms[2], ms[3], ms[3] / ms[2]);
    }

    /** Exports the book to a file as a host saves an export: the exporter streams it into the file. */
    private static void save(Exporter exporter, ExportBook book, Path file) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            exporter.write(book, out);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Charset charset(Exporter e) {
        return switch (e.id()) {
            case "iif", "iif-summary", "sage50", "myob" -> Charset.forName("windows-1252");
            default -> StandardCharsets.UTF_8;
        };
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Records the script's steps (client, invoice, payment, deposit, post) through the studio's API. */
    static Books record(JsonNode script) {
        StudioSettings settings = StudioSettings.defaults("USD").toBuilder()
                .taxRate(TaxRate.of("ST", "State", "4", null)).taxRate(TaxRate.of("CITY", "City", "4.5", null))
                .defaultTaxes(List.of("ST", "CITY")).build();
        Books books = Books.inMemory(settings, Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC),
                IdSource.sequential());
        Studio studio = books.studio();
        Map<String, Long> refs = new HashMap<>();
        var usd = settings.currency();
        List<LocalDate> posts = new ArrayList<>();
        for (JsonNode s : script.get("steps")) {
            String op = s.get("op").stringValue();
            switch (op) {
                case "client" -> refs.put(s.get("ref").stringValue(),
                        studio.clients().create(OWNER, s.get("name").stringValue()).id());
                case "invoice" -> {
                    JsonNode l = s.get("lines").get(0);
                    DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, refs.get(s.get("client")
                            .stringValue()), LocalDate.parse(s.get("date").stringValue())).line(Line.of(
                            l.get("item").stringValue(), l.get("qty").longValue(), Money.parse(l.get("price")
                            .stringValue(), usd)));
                    refs.put(s.get("ref").stringValue(), studio.invoices().create(OWNER, draft).id());
                }
                case "payment" -> studio.money().pay(OWNER, Pay.of(refs.get(s.get("invoice").stringValue()), Money.parse(s.get("amount").stringValue(), usd)).method(s.get("method").stringValue()).on(LocalDate.parse(s.get("date").stringValue())));
                case "deposit" -> studio.money().deposit(OWNER, Deposit.of(refs.get(s.get("client").stringValue()), Money.parse(s.get("amount").stringValue(), usd)).method(s.get("method").stringValue()).on(LocalDate.parse(s.get("date").stringValue())));
                case "post" -> posts.add(LocalDate.parse(s.get("through").stringValue()));
                default -> { }
            }
        }
        posts.forEach(d -> books.post(OWNER, PostingRequest.through(d)));
        return books;
    }
}
