package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code studio report} through {@code java -jar studio.jar} on an H2 file filled by {@code studio run --keep}. */
class ReportIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The report steps of books.json, in order, with the same parameters as command line options. */
    static final List<List<String>> REPORTS = List.of(
            List.of("trial-balance"),
            List.of("ar-aging", "--as-of", "2026-03-31"),
            List.of("deposit-reconciliation", "--as-of", "2026-03-31"),
            List.of("reconciliation", "--as-of", "2026-03-31"),
            List.of("cash-receipts", "--from", "2026-03-01", "--to", "2026-03-31"),
            List.of("sales-tax", "--from", "2026-03-01", "--to", "2026-03-31"),
            List.of("posting-summary", "--batch", "1"),
            List.of("payment-list"),
            List.of("order-status"));

    @TempDir
    static Path dir;
    static String url;
    static JsonNode runResult;

    @BeforeAll
    static void fill() throws Exception {
        url = Jar.h2(dir);
        runResult = JSON.readTree(Jar.fill(dir, url).stdout());
    }

    private static Jar report(String... args) {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", url));
        return Jar.run(dir, all.toArray(String[]::new));
    }

    @Test
    @DisplayName("§13 report --format json matches the studio run report result for the same books, through the jar (all nine in-process: ReportCommandTest)")
    void json_matches_the_run_result() throws Exception {
        JsonNode steps = runResult.get("steps");
        int first = steps.size() - REPORTS.size();
        for (int i : new int[] {1, 5, 6}) {
            List<String> args = new ArrayList<>(REPORTS.get(i));
            args.addAll(List.of("--format", "json"));
            Jar r = report(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode expected = steps.get(first + i).get("result");
            assertThat(JSON.readTree(r.stdout())).as(args.toString()).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("§13 EXP-5 report --format csv parses back (RFC 4180) as the same table, formula cells neutralised")
    void csv_is_the_same_table() {
        Jar csv = report("ar-aging", "--as-of", "2026-03-31", "--format", "csv");
        Jar table = report("ar-aging", "--as-of", "2026-03-31");
        assertThat(csv.exit()).as(csv.toString()).isZero();
        List<List<String>> records = Csv4180.parse(csv.stdout());
        assertThat(records.get(0)).containsExactly("Client", "No.", "Current", "31-60", "61-90", "91+", "Deposits",
                "Total");
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).containsExactly("Jane Doe", "100", "146.39", "0.00", "0.00", "0.00", "-30.00",
                "116.39");
        assertThat(records.get(2)).containsExactly("'=HYPERLINK(\"x\"), Ltd", "101", "66.80", "0.00", "0.00",
                "0.00", "0.00", "66.80");
        assertThat(records.get(3)).containsExactly("Total", "", "213.19", "0.00", "0.00", "0.00", "-30.00",
                "183.19");
        List<String> lines = table.stdout().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Accounts receivable aging as of 2026-03-31");
        List<String> body = lines.subList(4, lines.size());
        assertThat(body).hasSize(records.size() - 1);
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            List<String> cells = records.get(i + 1);
            String client = cells.get(0).startsWith("'") ? cells.get(0).substring(1) : cells.get(0);
            assertThat(line).startsWith(client);
            assertThat(line).endsWith(cells.get(7));
            for (String cell : cells) {
                assertThat(line).contains(cell.startsWith("'") ? cell.substring(1) : cell);
            }
        }
    }

    @Test
    @DisplayName("§8 report tables: amounts right-aligned and a totals row")
    void table_is_aligned_with_totals() {
        Jar r = report("trial-balance");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Trial balance of everything recorded");
        assertThat(lines.get(2)).matches("Account +Debit +Credit");
        int width = lines.get(3).length();
        for (String line : lines.subList(2, lines.size())) {
            assertThat(line).as("every row ends at the Credit column's right edge").hasSize(width);
        }
        assertThat(lines.get(lines.size() - 1)).matches("Total +297\\.19 +297\\.19");
        assertThat(r.stdout()).contains("Accounts Receivable").containsPattern("General Sales +0\\.00 +270\\.00");
    }

    @Test
    @DisplayName("§13 report bad usage exits 2 with nothing on stdout: unknown report, wrong parameter, bad date")
    void bad_usage_exits_2() {
        for (String[] args : List.of(new String[] {"balance-sheet"}, new String[] {"ar-aging", "--from",
            "2026-03-01"}, new String[] {"ar-aging", "--as-of", "2026-02-30"}, new String[] {"order-status",
                "--format", "xml"}, new String[] {"trial-balance", "--as-of", "2026-03-01", "--batch", "1"})) {
            Jar r = report(args);
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.stdout()).isEmpty();
            assertThat(r.stderr()).contains("Usage: studio report").doesNotContain("\tat ");
        }
    }

    @Test
    @DisplayName("§13 report refusals exit 1 with the code and message, never a stack trace")
    void refusals_exit_1() {
        Jar r = report("trial-balance", "--batch", "9");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr().strip()).isEqualTo("studio report: refused: NOT_FOUND: no batch 9");
        assertThat(r.stdout()).isEmpty();
        Jar empty = Jar.run(dir, "report", "order-status", "--db", "jdbc:h2:file:" + dir.resolve("empty"));
        assertThat(empty.exit()).as(empty.toString()).isEqualTo(1);
        assertThat(empty.stderr()).startsWith("studio report: refused: NOT_FOUND: the database")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("§13 --help of report shows an example")
    void help_has_an_example() {
        Jar r = Jar.run(dir, "report", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).contains("Example:").contains("studio report ar-aging");
    }
}
