package org.studiokit.benchmarks.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.studiokit.benchmarks.CpuProbe;
import org.studiokit.benchmarks.HeapProbe;
import org.studiokit.benchmarks.LabelBenchmark;
import org.studiokit.benchmarks.PostingBenchmark;
import org.studiokit.benchmarks.ReportsBenchmark;

/**
 * The in-memory figures: the JMH benchmarks (each in a forked JVM, wall time), the heap probe and the CPU-time probe
 * (each in a JVM of its own).
 */
final class InMemory {
    private final Figures figures;
    private final int postingDocuments;
    private final int reportDocuments;
    private final boolean quick;
    private final Path log;

    InMemory(Figures figures, int postingDocuments, int reportDocuments, boolean quick, Path work) {
        this.log = work.resolve("jmh.log");
        this.figures = figures;
        this.postingDocuments = postingDocuments;
        this.reportDocuments = reportDocuments;
        this.quick = quick;
    }

    void measureAll() throws RunnerException, IOException, InterruptedException {
        for (RunResult r : jmh(PostingBenchmark.class, postingDocuments, "-Xmx3g")) {
            String label = r.getParams().getBenchmark().endsWith(".post") ? "posting" : "recording";
            double seconds = r.getPrimaryResult().getScore() / 1000;
            figures.put(label + "." + postingDocuments + ".docs-per-s", postingDocuments / seconds, "docs/s");
        }
        for (RunResult r : jmh(ReportsBenchmark.class, reportDocuments, "-Xmx6g")) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            figures.put("reports." + reportDocuments + "." + method, r.getPrimaryResult().getScore(), "ms");
        }
        for (RunResult r : jmh(LabelBenchmark.class, 0, "-Xmx512m")) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            figures.put("labels.code128." + method, r.getPrimaryResult().getScore(), "ops/s");
        }
        heap(reportDocuments);
        cpu(postingDocuments);
    }

    private Collection<RunResult> jmh(Class<?> benchmark, int documents, String heap) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder().include(benchmark.getName() + "\\.").forks(1)
                .jvmArgs("-Xms" + heap.substring(4), heap).shouldFailOnError(true)
                .output(log.resolveSibling("jmh-" + benchmark.getSimpleName() + ".log").toString());
        if (documents > 0) {
            o = o.param("documents", Integer.toString(documents));
        }
        if (quick) {
            o = o.warmupIterations(1).measurementIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        return new Runner(o.timeUnit(benchmark == LabelBenchmark.class ? TimeUnit.SECONDS : TimeUnit.MILLISECONDS)
                .build()).run();
    }

    private void heap(int documents) throws IOException, InterruptedException {
        for (String[] f : child(HeapProbe.class, documents)) {
            if (!f[0].equals("documents")) {
                figures.put("heap." + documents + "." + f[0], Long.parseLong(f[1]) / 1048576.0, "MiB");
            }
        }
    }

    private void cpu(int documents) throws IOException, InterruptedException {
        for (String[] f : child(CpuProbe.class, documents, reportDocuments)) {
            figures.put(f[0], Double.parseDouble(f[1]), f[2]);
        }
    }

    /** @return the whitespace-split lines a probe printed in a JVM of its own */
    private static List<String[]> child(Class<?> probe, int... documents) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx6g", "-cp",
                System.getProperty("java.class.path"), probe.getName()));
        for (int n : documents) {
            command.add(Integer.toString(n));
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line.split(" "));
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(probe.getSimpleName() + " failed");
        }
        return lines;
    }
}
