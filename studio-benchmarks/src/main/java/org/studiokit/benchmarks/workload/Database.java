package org.studiokit.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database part of the workload ({@code --db}): {@code org.studiokit.benchmarks.db.DatabaseBenchmark} run in a
 * JVM of its own with {@code -Xmx512m} (the heap target), its figures and targets merged into the workload's.
 */
final class Database {
    /** The benchmark's class, started by name in the child JVM. */
    static final String MAIN = "org.studiokit.benchmarks.db.DatabaseBenchmark";

    private Database() {
    }

    /** Runs the database benchmark on books of {@code docs} documents and adds what it printed to {@code f}. */
    static void measure(Figures f, int docs, List<String> options, Path work) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), MAIN, "--docs", String.valueOf(docs),
                "--work", work.resolve("db").toString()));
        cmd.addAll(options);
        Path out = Files.createTempFile(work, "db", ".json");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        if (exit != 0) {
            f.put("db." + docs + ".failed-runs", 1, "runs");
            return;
        }
        merge(f, JsonMapper.builder().build().readTree(out.toFile()));
        Files.delete(out);
    }

    /** Adds a benchmark document's figures and targets to {@code f}. */
    static void merge(Figures f, JsonNode doc) {
        for (Map.Entry<String, JsonNode> e : doc.get("figures").properties()) {
            JsonNode v = e.getValue().get("value");
            f.put(e.getKey(), v.isNull() ? Double.NaN : v.asDouble(), e.getValue().get("unit").asString());
        }
        for (JsonNode t : doc.get("targets")) {
            f.target(t.get("figure").asString(), t.get("target").asString(), t.get("met").asBoolean());
        }
    }
}
