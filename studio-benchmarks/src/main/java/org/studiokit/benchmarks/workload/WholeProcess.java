package org.studiokit.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.studiokit.benchmarks.books.BookGenerator;

/**
 * The whole-process figures: for each book size, every tool run {@code runs} times on the same books, round-robin
 * (so a busy spell of the machine hits every tool alike), medians of wall, CPU and peak RSS.
 */
final class WholeProcess {
    private final Figures figures;
    private final List<Tool> tools;
    private final int runs;
    private final Path work;

    WholeProcess(Figures figures, List<Tool> tools, int runs, Path work) {
        this.figures = figures;
        this.tools = tools;
        this.runs = runs;
        this.work = work;
    }

    /** Generates the books of n documents and times every tool on them (a failed run is reported, not timed). */
    void measure(int n) throws IOException, InterruptedException {
        Path dir = BookGenerator.write(n, work.resolve("books-" + n));
        List<List<ProcessMeter.Sample>> samples = new ArrayList<>();
        tools.forEach(t -> samples.add(new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            for (int t = 0; t < tools.size(); t++) {
                ProcessMeter.Sample sample = ProcessMeter.run(tools.get(t).command(), dir);
                samples.get(t).add(sample);
                System.err.println("run." + n + "." + tools.get(t).name() + " " + sample);
            }
        }
        for (int t = 0; t < tools.size(); t++) {
            report("run." + n + "." + tools.get(t).name(), samples.get(t));
        }
    }

    private void report(String name, List<ProcessMeter.Sample> ss) {
        figures.put(name + ".rss", median(ss.stream().map(s -> s.peakRssKib() / 1024.0).toList()), "MiB");
        int failed = ss.stream().mapToInt(s -> s.exitCode() == 0 ? 0 : 1).sum();
        if (failed > 0) {
            figures.put(name + ".failed-runs", failed, "runs");
            return;
        }
        figures.put(name + ".wall", median(ss.stream().map(ProcessMeter.Sample::wallSeconds).toList()), "s");
        figures.put(name + ".cpu", median(ss.stream().map(ProcessMeter.Sample::cpuSeconds).toList()), "s");
    }

    /** @return the median (the mean of the middle two for an even count) */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
