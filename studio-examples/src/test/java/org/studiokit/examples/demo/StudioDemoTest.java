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

    @Test
    void the_demo_speaks_plain_english_without_java_dumps_or_wrong_plurals() {
        String out = CliRun.of("demo").stdout();
        assertThat(out).doesNotContainPattern("\\{[A-Za-z_ ]+=").doesNotContainPattern("\\[[A-Za-z_ ]+=");
        assertThat(out).doesNotContainPattern("(^|[^0-9.])1 (documents|money movements|corrected records)\\b");
        assertThat(out).contains("tax rounded per rate: ST 3.80, CITY 4.28");
        assertThat(out).contains("books 11 documents and 17 money movements");
        assertThat(out).contains("adjustment of 1 corrected record first, then 1 document and 2 money movements");
        assertThat(out).contains("Posting summary, batch 2 (documents: 1 credit memo)");
        assertThat(out).contains("(documents: 1 credit memo, 4 generic invoices, 2 initial orders, 1 reorder,"
                + " 3 session fees)");
    }

    @Test
    void cash_receipt_rows_tell_method_rows_from_bank_deposit_subtotals() {
        String out = CliRun.of("demo").stdout();
        String table = out.substring(out.indexOf("Daily cash receipts"), out.indexOf("\nTotal", out.indexOf(
                "Daily cash receipts")));
        java.util.List<String> rows = table.lines().filter(l -> l.matches("2026-03-\\d\\d .*")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).containsAnyOf(" received ", " = deposit "));
        assertThat(rows).filteredOn(row -> row.contains(" = deposit ")).allSatisfy(row -> assertThat(row)
                .contains("to the bank: cards "));
        assertThat(rows).filteredOn(row -> row.contains(" received ")).noneSatisfy(row -> assertThat(row)
                .contains("bank"));
        assertThat(rows).contains("2026-03-12  received   Check                                      -150.00");
    }
}
