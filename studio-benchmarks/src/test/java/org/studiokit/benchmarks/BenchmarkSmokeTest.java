package org.studiokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studiokit.benchmarks.mix.StudioMix;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.document.DocumentType;
import org.studiokit.posting.report.ArAging;
import org.studiokit.posting.report.SalesTax;
import org.studiokit.posting.report.TrialBalance;

/** Each benchmark body once, on tiny input: the benchmarks compile and run (no speed is asserted here). */
class BenchmarkSmokeTest {

    @Test
    void theMixRecordsEveryKindTheIssueNames() {
        StudioMix mix = StudioMix.record(2_000);
        var store = mix.studio().records();
        assertThat(mix.recorded()).isEqualTo(2_000);
        assertThat(store.documents().size() + store.movements().size()).isEqualTo(2_000);
        assertThat(store.documents().all()).extracting(d -> d.type())
                .contains(DocumentType.GENERIC, DocumentType.CREDIT_MEMO);
        assertThat(store.documents().all()).filteredOn(d -> d.type() == DocumentType.GENERIC)
                .allSatisfy(d -> assertThat(d.lines()).hasSizeBetween(3, 5))
                .allSatisfy(d -> assertThat(d.totals().taxes()).containsOnlyKeys("ST", "CITY"));
        assertThat(store.movements().all()).extracting(m -> m.kind()).contains(MovementKind.PAYMENT,
                MovementKind.DEPOSIT, MovementKind.REFUND, MovementKind.TRANSFER);
    }

    @Test
    void postingBodyPostsTheWholeYear() {
        PostingBenchmark bench = new PostingBenchmark();
        bench.documents = 300;
        PostingBenchmark.Recorded year = new PostingBenchmark.Recorded();
        year.year(bench);
        assertThat(bench.post(year)).isGreaterThan(150);
        assertThat(year.mix.books().post(StudioMix.OWNER,
                org.studiokit.posting.run.PostingRequest.through(java.time.LocalDate.of(2026, 12, 31)))).isEmpty();
        assertThat(bench.record()).isEqualTo(300);
    }

    @Test
    void reportBodiesReportOverThePostedYear() {
        ReportsBenchmark bench = new ReportsBenchmark();
        bench.documents = 500;
        bench.year();
        TrialBalance tb = (TrialBalance) bench.trialBalance();
        assertThat(tb.total().isZero()).isTrue();
        assertThat(tb.accounts()).isNotEmpty();
        ArAging aging = (ArAging) bench.arAging();
        assertThat(aging.rows()).isNotEmpty();
        assertThat(aging.total().isPositive()).isTrue();
        SalesTax tax = (SalesTax) bench.salesTax();
        assertThat(tax.rates()).hasSize(2);
        assertThat(tax.totalTax().isPositive()).isTrue();
        assertThat(tax.details()).isNotEmpty();
        SalesTax byRate = (SalesTax) bench.salesTaxByRate();
        assertThat(byRate).isEqualTo(new SalesTax(tax.rates(), tax.totalTax(), tax.shipping(), tax.total(), List.of()));
    }

    @Test
    void labelBodiesRenderAndDecode() {
        LabelBenchmark bench = new LabelBenchmark();
        bench.label();
        byte[] png = bench.renderPng();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bench.decodePng()).isEqualTo("I123456");
    }

    @Test
    void cpuProbePrintsEveryFigureOnce() {
        String[] lines = printed(() -> CpuProbe.main(new String[] {"300"}));
        assertThat(lines).hasSize(9);
        assertThat(lines[0]).matches("recording\\.300\\.cpu-docs-per-s \\d.* docs/s");
        assertThat(lines[1]).startsWith("posting.300.cpu-docs-per-s ");
        assertThat(lines[2]).startsWith("posting.300.warm.cpu-docs-per-s ");
        assertThat(lines[3]).startsWith("reports.300.arAging.cpu ");
        assertThat(lines[6]).matches("reports\\.300\\.salesTaxByRate\\.cpu \\d.* ms");
        assertThat(lines[8]).matches("labels\\.code128\\.decodePng\\.cpu \\d.* ops/s");
    }

    private static String[] printed(Runnable probe) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            probe.run();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void heapProbePrintsTheHeapHeldBeforeAndAfterPosting() {
        String[] lines = printed(() -> HeapProbe.main(new String[] {"400"}));
        assertThat(lines[0]).matches("recorded [1-9]\\d*");
        assertThat(lines[1]).matches("posted [1-9]\\d*");
        assertThat(lines[2]).startsWith("documents 400 ");
    }
}
