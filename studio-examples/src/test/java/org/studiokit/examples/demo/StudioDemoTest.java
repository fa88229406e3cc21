package org.studiokit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;

/** {@code studio demo} runs to exit 0 twice in a row, prints the same month both times and every report. */
class StudioDemoTest {
    @TempDir
    Path dir;

    @Test
    void the_demo_runs_twice_in_a_row_to_exit_0_with_the_same_output() {
        CliRun first = CliRun.of("demo");
        CliRun second = CliRun.of("demo");
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(first.stderr()).isEmpty();
        assertThat(second.stdout()).isEqualTo(first.stdout());
    }

    @Test
    void the_demo_tells_every_feature_and_prints_every_report() {
        String out = CliRun.of("demo").stdout();
        assertThat(out).contains("quick sale", "deposit", "refunded", "credit memo", "transferred", "un-applied",
                "writes off", "installments", "purchase order", "Scanner batch", "DUPLICATE_SCAN", "posts through",
                "unlocks", "adjustment", "closes March", "PERIOD_CLOSED", "PERMISSION_DENIED", "estimate",
                "generic invoice", "reorder", "initial order", "session fee");
        assertThat(out).contains("Trial balance", "Accounts receivable aging", "Customer deposit reconciliation",
                "Reconciliation", "Daily cash receipts", "Sales tax", "Posting summary, batch 1",
                "Posting summary, batch 2", "Payment list", "Production orders by status");
        assertThat(out).contains("Trial balance sums to 0.00; reconciliation holds");
    }

    @Test
    void out_writes_the_demo_to_demo_txt() throws IOException {
        CliRun run = CliRun.of("demo", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(dir.resolve("demo.txt"))).isEqualTo(run.stdout());
    }
}
