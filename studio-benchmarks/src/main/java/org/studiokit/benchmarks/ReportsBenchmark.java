package org.studiokit.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studiokit.benchmarks.mix.StudioMix;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.report.Reports;

/** Reports in memory over a posted studio year of {@code documents} documents ({@link StudioMix}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class ReportsBenchmark {
    /** How many documents and movements the year has. */
    @Param({"1000000"})
    public int documents;

    private Reports reports;

    /** Records and posts the year. */
    @Setup(Level.Trial)
    public void year() {
        StudioMix mix = StudioMix.record(documents);
        mix.books().post(StudioMix.OWNER, PostingRequest.through(LocalDate.of(2026, 12, 31)));
        reports = mix.books().reports();
    }

    /** @return AR aging as of the clock's day: open balances by client and age */
    @Benchmark
    public Object arAging() {
        return reports.arAging(null);
    }

    /** @return the trial balance over the whole journal */
    @Benchmark
    public Object trialBalance() {
        return reports.trialBalance(null, null);
    }

    /** @return sales tax over the year, by rate and with a detail row per document */
    @Benchmark
    public Object salesTax() {
        return reports.salesTax(StudioMix.START, LocalDate.of(2026, 12, 31));
    }

    /** @return sales tax by rate over the year, without the per-document detail */
    @Benchmark
    public Object salesTaxByRate() {
        return reports.salesTax(StudioMix.START, LocalDate.of(2026, 12, 31), false);
    }
}
