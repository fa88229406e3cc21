package org.studiokit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.barcode.decode.BarcodeDecoder;
import org.studiokit.barcode.label.LabelRenderer;
import org.studiokit.barcode.label.LabelSpec;

/** Code 128 labels (50 × 25 mm at 203 DPI, with text): PNG renders per second and decodes per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LabelBenchmark {
    private final LabelRenderer renderer = new LabelRenderer();
    private final BarcodeDecoder decoder = new BarcodeDecoder();
    private final LabelSpec spec = LabelSpec.defaults();
    private byte[] png;
    private long number = 100_000;

    /** Renders the label the decoder reads. */
    @Setup
    public void label() {
        png = renderer.png(BarcodePayload.of(RecordType.INVOICE, 123_456), spec);
    }

    /** @return one invoice label as PNG bytes, a new number each time */
    @Benchmark
    public byte[] renderPng() {
        return renderer.png(BarcodePayload.of(RecordType.INVOICE, ++number), spec);
    }

    /** @return the payload read back from a label's PNG bytes */
    @Benchmark
    public String decodePng() {
        return decoder.decode(png);
    }
}
