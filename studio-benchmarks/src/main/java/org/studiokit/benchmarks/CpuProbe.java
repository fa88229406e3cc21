package org.studiokit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.studiokit.benchmarks.mix.StudioMix;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.report.Reports;

/**
 * The in-memory figures in CPU time of the measuring thread rather than wall time, for a machine that is not quiet
 * (on a shared machine wall time measures the other processes too): recording and posting {@code N} documents
 * ({@link StudioMix}; posting also as the median of 3 runs over fresh years after 2 warm-up runs, {@code .warm}),
 * the reports over {@code R} documents (median of 5 after 3 warm-ups; sales tax with and without its per-document
 * detail) and Code 128 labels. Prints {@code name value unit} lines.
 * {@code java -cp benchmarks.jar org.studiokit.benchmarks.CpuProbe N [R]}.
 */
public final class CpuProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuProbe() {
    }

    /** {@code CpuProbe N [R]}: posting over N documents, the reports over R (default N). */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int r = args.length > 1 ? Integer.parseInt(args[1]) : n;
        long t = cpu();
        StudioMix mix = StudioMix.record(n);
        print("recording." + n + ".cpu-docs-per-s", n / seconds(t), "docs/s");
        print("posting." + n + ".cpu-docs-per-s", n / postingSeconds(mix), "docs/s");
        print("posting." + n + ".warm.cpu-docs-per-s", n / warmPostingSeconds(n), "docs/s");
        if (r != n) {
            mix = StudioMix.record(r);
            mix.books().post(StudioMix.OWNER, PostingRequest.through(LocalDate.of(2026, 12, 31)));
        }
        reports(r, mix.books().reports());
        LabelBenchmark labels = new LabelBenchmark();
        labels.label();
        print("labels.code128.renderPng.cpu", 1000 / median(labels::renderPng, 200), "ops/s");
        print("labels.code128.decodePng.cpu", 1000 / median(labels::decodePng, 50), "ops/s");
    }

    /** @return CPU seconds of one posting run over everything recorded */
    private static double postingSeconds(StudioMix mix) {
        long t = cpu();
        mix.books().post(StudioMix.OWNER, PostingRequest.through(LocalDate.of(2026, 12, 31)));
        return seconds(t);
    }

    /** @return the median CPU seconds of a posting run over a freshly recorded year, 3 runs after 2 warm-ups */
    private static double warmPostingSeconds(int n) {
        double[] s = new double[5];
        for (int i = 0; i < s.length; i++) {
            s[i] = postingSeconds(StudioMix.record(n));
        }
        double[] measured = Arrays.copyOfRange(s, 2, 5);
        Arrays.sort(measured);
        return measured[1];
    }

    private static void reports(int n, Reports reports) {
        LocalDate end = LocalDate.of(2026, 12, 31);
        print("reports." + n + ".arAging.cpu", median(() -> reports.arAging(null)), "ms");
        print("reports." + n + ".trialBalance.cpu", median(() -> reports.trialBalance(null, null)), "ms");
        print("reports." + n + ".salesTax.cpu", median(() -> reports.salesTax(StudioMix.START, end)), "ms");
        print("reports." + n + ".salesTaxByRate.cpu", median(() -> reports.salesTax(StudioMix.START, end, false)),
                "ms");
    }

    private static double median(Supplier<Object> work) {
        return median(work, 1);
    }

    /** @return the median CPU milliseconds of one call, over 5 measured batches of {@code batch} calls */
    private static double median(Supplier<Object> work, int batch) {
        double[] ms = new double[8];
        for (int i = 0; i < ms.length; i++) {
            long t = cpu();
            for (int k = 0; k < batch; k++) {
                work.get();
            }
            ms[i] = seconds(t) * 1000 / batch;
        }
        double[] measured = Arrays.copyOfRange(ms, 3, 8);
        Arrays.sort(measured);
        return measured[2];
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double seconds(long since) {
        return (cpu() - since) / 1e9;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + " " + value + " " + unit);
    }
}
