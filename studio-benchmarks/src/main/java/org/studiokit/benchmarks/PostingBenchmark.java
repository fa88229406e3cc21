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

/**
 * In-memory posting of a realistic studio year ({@link StudioMix}): {@link #post} is one posting run over
 * {@code documents} recorded documents and movements (documents per second = documents / time), {@link #record}
 * records them through the commands. Each measured shot starts from a freshly recorded studio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class PostingBenchmark {
    /** How many documents and movements the year has. */
    @Param({"100000"})
    public int documents;

    /** A freshly recorded year, for one posting run. */
    @State(Scope.Thread)
    public static class Recorded {
        /** The recorded year. */
        public StudioMix mix;

        /** Records the year. */
        @Setup(Level.Iteration)
        public void year(PostingBenchmark params) {
            mix = null;
            mix = StudioMix.record(params.documents);
        }
    }

    /** @return the number of journal entries of one posting run over the year */
    @Benchmark
    public int post(Recorded year) {
        return year.mix.books().post(StudioMix.OWNER, PostingRequest.through(LocalDate.of(2026, 12, 31)))
                .orElseThrow().entries().size();
    }

    /** @return how many documents recording the year took */
    @Benchmark
    public int record() {
        return StudioMix.record(documents).recorded();
    }
}
