package org.studiokit.benchmarks.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.studiokit.benchmarks.books.BookGenerator;
import org.studiokit.benchmarks.workload.Figures;

/**
 * The studio on a database against plain JDBC, in the same run, on the books of {@code bench/books.py}: recording
 * every document through the JPA-backed studio versus plain JDBC inserts of the same rows, one posting run versus a
 * batched insert of the same journal rows, AR aging and the trial balance, and heap used throughout. Prints one JSON
 * document like {@code Workload}'s (figures {@code db.VENDOR.N.*}, and the targets judged). Run with
 * {@code -Xmx512m}:
 * {@code java -Xmx512m -cp studio-benchmarks/target/benchmarks.jar org.studiokit.benchmarks.db.DatabaseBenchmark
 * [--docs 100000] [--db h2,postgresql] [--pg-url URL] [--runs 1] [--work DIR] [--keep] [--posting-only]}.
 */
public final class DatabaseBenchmark {
    /** The PostgreSQL server the module's tests use, unless {@code STUDIOKIT_PG_URL} names another. */
    public static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final Logger QUIET = Logger.getLogger("org.hibernate");

    private DatabaseBenchmark() {
    }

    /**
     * The options.
     *
     * @param docs  documents in the books
     * @param dbs   databases to run on: h2 (a fresh embedded file under work) and/or postgresql
     * @param pgUrl the PostgreSQL URL (a fresh studio id each run; its rows are deleted afterwards unless keep)
     * @param runs  runs per database (figures are medians)
     * @param work  where the books and the H2 file go
     * @param keep  keep the studios' rows and the H2 file
     * @param postingOnly plain JDBC alone records the documents and the studio posts a copy of its rows (no
     *              recording figures; the posting run at 100,000 documents without the studio's recording first)
     */
    public record Options(int docs, List<String> dbs, String pgUrl, int runs, Path work, boolean keep,
            boolean postingOnly) {
        /** @return the options of the command line */
        public static Options parse(String... args) {
            String env = System.getenv("STUDIOKIT_PG_URL");
            Options o = new Options(100_000, List.of("h2", "postgresql"), env == null ? PG_URL : env, 1,
                    Path.of("target/db-bench").toAbsolutePath(), false, false);
            for (int i = 0; i < args.length; i++) {
                o = switch (args[i]) {
                    case "--docs" -> new Options(Integer.parseInt(args[++i]), o.dbs, o.pgUrl, o.runs, o.work, o.keep,
                            o.postingOnly);
                    case "--db" -> new Options(o.docs, Arrays.asList(args[++i].split(",")), o.pgUrl, o.runs, o.work,
                            o.keep, o.postingOnly);
                    case "--pg-url" -> new Options(o.docs, o.dbs, args[++i], o.runs, o.work, o.keep, o.postingOnly);
                    case "--runs" -> new Options(o.docs, o.dbs, o.pgUrl, Integer.parseInt(args[++i]), o.work, o.keep,
                            o.postingOnly);
                    case "--work" -> new Options(o.docs, o.dbs, o.pgUrl, o.runs, Path.of(args[++i]).toAbsolutePath(),
                            o.keep, o.postingOnly);
                    case "--keep" -> new Options(o.docs, o.dbs, o.pgUrl, o.runs, o.work, true, o.postingOnly);
                    case "--posting-only" -> new Options(o.docs, o.dbs, o.pgUrl, o.runs, o.work, o.keep, true);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                };
            }
            return o;
        }
    }

    /** Runs the benchmark and prints its JSON. */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Figures f = new Figures();
        f.context("date", Instant.now().toString());
        f.context("command", "DatabaseBenchmark " + String.join(" ", args));
        f.context("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        f.context("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        measure(f, o);
        System.out.print(f.json());
    }

    /** Measures on every database of the options into {@code f}, and judges the targets. */
    public static void measure(Figures f, Options o) throws IOException, SQLException {
        QUIET.setLevel(Level.WARNING);
        Path books = BookGenerator.write(o.docs(), o.work().resolve("books-" + o.docs()));
        List<Step> steps = Script.read(books.resolve("books.json"));
        f.context("db.books", books.resolve("books.json") + " (" + o.docs() + " documents)");
        f.put("db.heap.max", HeapWatch.max(), "MiB");
        try (HeapWatch heap = new HeapWatch()) {
            for (String db : o.dbs()) {
                List<Map<String, Double>> runs = new ArrayList<>();
                for (int r = 0; r < o.runs(); r++) {
                    System.err.printf("%s: run %d of %d, %d documents%n", db, r + 1, o.runs(), o.docs());
                    boolean h2 = db.equals("h2");
                    runs.add(new DbRun(url(o, db, r), "bench-" + System.currentTimeMillis(), steps, heap,
                            o.postingOnly()).run(!o.keep() && !h2));
                    System.err.printf("%s: run %d: %s%n", db, r + 1, runs.get(r));
                    if (h2 && !o.keep()) {
                        wipe(o.work().resolve("h2-" + r));
                    }
                }
                String prefix = "db." + db + "." + o.docs() + ".";
                medians(runs).forEach((k, v) -> f.put(prefix + k, v, unit(k)));
                f.context(prefix + "runs", String.valueOf(o.runs()));
                judge(f, prefix);
            }
        }
    }

    private static String url(Options o, String db, int run) throws IOException {
        return switch (db) {
            case "h2" -> {
                Path dir = o.work().resolve("h2-" + run);
                wipe(dir);
                yield "jdbc:h2:file:" + dir.resolve("studio");
            }
            case "postgresql" -> o.pgUrl();
            default -> throw new IllegalArgumentException("unknown database " + db + " (h2, postgresql)");
        };
    }

    private static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Map<String, Double> medians(List<Map<String, Double>> runs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : runs.get(0).keySet()) {
            double[] v = runs.stream().mapToDouble(r -> r.get(k)).sorted().toArray();
            m.put(k, v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
        }
        return m;
    }

    private static String unit(String name) {
        if (name.startsWith("heap.")) {
            return "MiB";
        }
        if (name.endsWith("ratio") || name.endsWith("with-marking") || name.endsWith("ratio.cpu")) {
            return "ratio";
        }
        if (name.endsWith("docs-per-s")) {
            return "docs/s";
        }
        if (name.startsWith("trialBalance.total")) {
            return "minor units";
        }
        return name.startsWith("record.") || name.startsWith("posting.") || name.startsWith("reports.")
                || name.startsWith("clients.") ? "ms" : "count";
    }

    private static void judge(Figures f, String p) {
        if (!Double.isNaN(f.get(p + "record.ratio"))) {
            f.target(p + "record.ratio", ">= 0.5 (JDBC time / studio time)", f.get(p + "record.ratio") >= 0.5);
        }
        f.target(p + "posting.ratio", ">= 0.5 (JDBC time / studio time)", f.get(p + "posting.ratio") >= 0.5);
        f.target(p + "reports.arAging", "<= 1000 ms", f.get(p + "reports.arAging") <= 1000);
        f.target(p + "reports.trialBalance", "<= 1000 ms", f.get(p + "reports.trialBalance") <= 1000);
        double peak = 0;
        for (String phase : List.of("record.studiokit", "posting.studiokit", "reports")) {
            double used = f.get(p + "heap." + phase + ".used");
            peak = Double.isNaN(used) ? peak : Math.max(peak, used);
        }
        f.put(p + "heap.studiokit.peak", peak, "MiB");
        f.target(p + "heap.studiokit.peak", "< 512 MiB used, in a JVM of -Xmx512m",
                peak < 512 && f.get("db.heap.max") <= 512);
    }
}
