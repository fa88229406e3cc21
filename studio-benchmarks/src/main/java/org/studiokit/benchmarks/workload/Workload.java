package org.studiokit.benchmarks.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole workload of the speed issue, printed as one JSON document (name → value, unit; and the targets met):
 * {@code java -cp studio-benchmarks/target/benchmarks.jar org.studiokit.benchmarks.workload.Workload [options]}.
 * <ul>
 *   <li>{@code --studio "CMD"}: how to start studio (default {@code java -jar studio-examples/target/studio.jar})</li>
 *   <li>{@code --variant NAME="CMD"} (repeatable): another studio build or setting timed alike, e.g. the code
 *       before a change ({@code run.N.NAME.*})</li>
 *   <li>{@code --docs 100000,1000000}: book sizes timed whole-process; {@code --runs 3}: runs per tool;
 *       {@code --peer-docs 100000}: the largest size the peers are timed on (they need ~10 GB at 1,000,000)</li>
 *   <li>{@code --posting 100000 --reports 1000000}: sizes of the in-memory benchmarks</li>
 *   <li>{@code --db}: the database benchmark too ({@code db.DatabaseBenchmark}: studio-jpa on H2 and PostgreSQL
 *       against plain JDBC, in a JVM of {@code -Xmx512m}); {@code --db-docs 100000}: its book size;
 *       {@code --db-option OPT} (repeatable): passed on, e.g. {@code --db-option --db --db-option h2}</li>
 *   <li>{@code --work DIR}: where the books go (default {@code target/workload}); {@code --no-jmh},
 *       {@code --no-process}, {@code --no-peers}: skip a part; {@code --quick}: JMH with one warm-up and three
 *       one-second measurements each instead of three and five of two seconds</li>
 * </ul>
 */
public final class Workload {
    private Workload() {
    }

    /** Runs the workload and prints its JSON. */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Figures figures = new Figures();
        Machine.describe(figures, o.studio());
        figures.context("date", Instant.now().toString());
        figures.context("command", "Workload " + String.join(" ", args));
        Files.createDirectories(o.work());
        if (o.process()) {
            List<Tool> tools = Tool.available(o.studio(), o.variants());
            List<Tool> studios = tools.subList(0, 1 + o.variants().size());
            for (int n : o.docs()) {
                boolean peers = o.peers() && n <= o.peerDocs();
                new WholeProcess(figures, peers ? tools : studios, o.runs(), o.work()).measure(n);
            }
        }
        if (o.jmh()) {
            new InMemory(figures, o.posting(), o.reports(), o.quick(), o.work()).measureAll();
        }
        if (o.db()) {
            Database.measure(figures, o.dbDocs(), o.dbOptions(), o.work());
        }
        Targets.judge(figures);
        System.out.print(figures.json());
    }

    /** The command-line options. */
    record Options(List<String> studio, Map<String, List<String>> variants, int[] docs, int runs, int posting,
            int reports, int peerDocs, Path work, boolean jmh, boolean process, boolean peers, boolean quick,
            boolean db, int dbDocs, List<String> dbOptions) {
        static Options parse(String[] args) {
            List<String> studio = List.of("java", "-jar", Path.of("studio-examples/target/studio.jar")
                    .toAbsolutePath().toString());
            Map<String, List<String>> variants = new LinkedHashMap<>();
            int[] docs = {100_000, 1_000_000};
            int runs = 3;
            int posting = 100_000;
            int reports = 1_000_000;
            int peerDocs = 100_000;
            Path work = Path.of("target/workload").toAbsolutePath();
            boolean jmh = true;
            boolean process = true;
            boolean peers = true;
            boolean quick = false;
            boolean db = false;
            int dbDocs = 100_000;
            List<String> dbOptions = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--studio" -> studio = new ArrayList<>(Arrays.asList(args[++i].trim().split("\\s+")));
                    case "--variant" -> {
                        String[] v = args[++i].split("=", 2);
                        variants.put(v[0], Arrays.asList(v[1].trim().split("\\s+")));
                    }
                    case "--docs" -> docs = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--posting" -> posting = Integer.parseInt(args[++i]);
                    case "--reports" -> reports = Integer.parseInt(args[++i]);
                    case "--peer-docs" -> peerDocs = Integer.parseInt(args[++i]);
                    case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                    case "--no-jmh" -> jmh = false;
                    case "--no-process" -> process = false;
                    case "--no-peers" -> peers = false;
                    case "--quick" -> quick = true;
                    case "--db" -> db = true;
                    case "--db-docs" -> dbDocs = Integer.parseInt(args[++i]);
                    case "--db-option" -> dbOptions.add(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(studio, variants, docs, runs, posting, reports, peerDocs, work, jmh, process, peers,
                    quick, db, dbDocs, dbOptions);
        }
    }
}
