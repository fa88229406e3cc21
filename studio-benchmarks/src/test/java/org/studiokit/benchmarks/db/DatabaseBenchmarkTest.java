package org.studiokit.benchmarks.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.benchmarks.workload.Figures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database benchmark once, on small books on a fresh H2 file: every figure is produced, both sides wrote the
 * same rows, and the posted books balance (speed is reported, never asserted).
 */
class DatabaseBenchmarkTest {
    private static final int DOCS = 150;
    private static final String P = "db.h2." + DOCS + ".";

    @Test
    void producesEveryFigureAndThePostedBooksBalance(@TempDir Path work) throws Exception {
        Figures f = new Figures();
        DatabaseBenchmark.measure(f, DatabaseBenchmark.Options.parse("--docs", String.valueOf(DOCS), "--db", "h2",
                "--work", work.toString()));
        for (String name : List.of("record.studiokit", "record.jdbc", "posting.studiokit", "posting.jdbc",
                "posting.jdbc.marking", "reports.arAging", "reports.trialBalance", "heap.studiokit.peak",
                "heap.record.studiokit.used", "heap.posting.studiokit.used", "heap.reports.used")) {
            assertThat(f.get(P + name)).as(name).isPositive();
        }
        for (String ratio : List.of("record.ratio", "posting.ratio", "posting.ratio.with-marking")) {
            assertThat(f.get(P + ratio)).as(ratio).isPositive().isFinite();
        }
        assertThat(f.get(P + "documents")).isEqualTo(DOCS);
        assertThat(f.get(P + "journal.entries")).isEqualTo(DOCS);
        assertThat(f.get(P + "journal.lines")).isGreaterThan(2 * DOCS);
        assertThat(f.get(P + "trialBalance.total")).isZero();
        assertThat(f.get(P + "trialBalance.accounts")).isGreaterThan(2);
        assertThat(f.get(P + "rows.jdbc")).isEqualTo(f.get(P + "rows.studiokit")).isGreaterThan(3 * DOCS);
        assertThat(f.targets()).extracting(Figures.Target::name).containsExactly(P + "record.ratio",
                P + "posting.ratio", P + "reports.arAging", P + "reports.trialBalance", P + "heap.studiokit.peak");
        JsonNode json = JsonMapper.builder().build().readTree(f.json());
        assertThat(json.get("figures").get(P + "record.studiokit").get("unit").asString()).isEqualTo("ms");
        assertThat(json.get("figures").get(P + "heap.studiokit.peak").get("unit").asString()).isEqualTo("MiB");
    }

    @Test
    void optionsDefaultToTheIssuesBooksOnBothDatabases() {
        DatabaseBenchmark.Options o = DatabaseBenchmark.Options.parse();
        assertThat(o.docs()).isEqualTo(100_000);
        assertThat(o.dbs()).containsExactly("h2", "postgresql");
        assertThat(o.runs()).isEqualTo(1);
        assertThat(DatabaseBenchmark.Options.parse("--docs", "20000", "--runs", "3", "--keep").docs()).isEqualTo(20_000);
        assertThatThrownBy(() -> DatabaseBenchmark.Options.parse("--nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
    }

    @Test
    void invoiceTotalsTextIsTheStudiosShape() {
        assertThat(Totals.json(37048, 1482, 1667)).contains("\"total\":{\"minor\":40197,\"currency\":\"USD\"}")
                .contains("\"taxes\":{\"ST\":{\"minor\":1482,").startsWith("{\"subtotal\":{\"minor\":37048,");
    }
}
