package org.studiokit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;

/** {@code studio demo} runs to exit 0 twice in a row, prints the same month both times and every report. */
class StudioDemoTest {
    @TempDir
    Path dir;

    /** @return the demo's stdout on the in-memory store, its files in the test's directory */
    private String demo() {
        CliRun run = CliRun.of("demo", "--db", "mem", "--out", dir.resolve("mem").toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        return run.stdout();
    }

    @Test
    @DisplayName("STO-1 the demo runs on its H2 file database under --out by default, twice in a row, starting"
            + " fresh each time, and says where its books and files are")
    void the_demo_runs_twice_in_a_row_to_exit_0_with_the_same_output() {
        CliRun first = CliRun.of("demo", "--out", dir.toString());
        CliRun second = CliRun.of("demo", "--out", dir.toString());
        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(first.stderr()).isEmpty();
        assertThat(second.stdout()).isEqualTo(first.stdout());
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("db").resolve("studio");
        assertThat(first.stdout()).contains("The books: " + url);
        assertThat(Files.exists(dir.resolve("db").resolve("studio.mv.db"))).isTrue();
        assertThat(first.story()).isEqualTo(CliRun.of("demo", "--db", "mem", "--out",
                dir.resolve("mem").toString()).story());
        CliRun books = CliRun.of("report", "trial-balance", "--db", url, "--format", "csv");
        assertThat(books.exit()).as(books.stderr()).isZero();
        CliRun kept = CliRun.of("demo", "--out", dir.toString(), "--keep");
        assertThat(kept.exit()).as("--keep goes on with the stored books, whose March is closed").isEqualTo(1);
        assertThat(kept.stderr()).contains("studio demo: refused: PERIOD_CLOSED").doesNotContain("\tat ");
        assertThat(CliRun.of("report", "trial-balance", "--db", url, "--format", "csv").stdout())
                .as("the refused demo changed nothing").isEqualTo(books.stdout());
    }

    @Test
    void the_demo_tells_every_feature_and_prints_every_report() {
        String out = demo();
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
        CliRun run = CliRun.of("demo", "--db", "mem", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(dir.resolve("demo.txt"))).isEqualTo(run.story());
        assertThat(run.stdout()).contains("The story: " + dir.resolve("demo.txt"),
                "The books were in memory and are gone.");
    }

    @Test
    void an_out_directory_that_cannot_be_made_is_bad_usage_and_prints_no_story() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun run = CliRun.of("demo", "--db", "mem", "--out", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("cannot use --out").doesNotContain("\tat ");
    }

    @Test
    void bad_scale_and_keep_without_a_database_are_bad_usage() {
        assertThat(CliRun.of("demo", "--db", "mem", "--scale", "-1").exit()).isEqualTo(2);
        assertThat(CliRun.of("demo", "--db", "mem", "--scale", "many").exit()).isEqualTo(2);
        CliRun keep = CliRun.of("demo", "--db", "mem", "--keep", "--out", dir.toString());
        assertThat(keep.exit()).isEqualTo(2);
        assertThat(keep.stderr()).contains("--keep needs a database");
    }

    @Test
    void the_demo_speaks_plain_english_without_java_dumps_or_wrong_plurals() {
        String out = demo();
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
        String out = demo();
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

    @Test
    @DisplayName("EXP-2 BAR-2 the demo writes every batch in every installed format, labels that decode (ZXing and"
            + " zbarimg) to their payloads, and PDF printouts")
    void the_demo_writes_exports_labels_and_printouts() throws Exception {
        CliRun run = CliRun.of("demo", "--db", "mem", "--out", dir.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        java.util.Set<String> formats = org.studiokit.export.ExportFormats.installed().ids();
        try (var files = Files.list(dir.resolve("exports"))) {
            java.util.List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).hasSize(2 * formats.size());
            for (String format : formats) {
                assertThat(names).anySatisfy(n -> assertThat(n).startsWith("batch-1." + format + "."));
                assertThat(names).anySatisfy(n -> assertThat(n).startsWith("batch-2." + format + "."));
            }
        }
        assertThat(run.stdout()).contains((2 * formats.size()) + " exports (2 batches in " + formats.size()
                + " formats");
        org.studiokit.barcode.decode.BarcodeDecoder decoder = new org.studiokit.barcode.decode.BarcodeDecoder();
        java.util.List<Path> labels;
        try (var files = Files.list(dir.resolve("labels"))) {
            labels = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(labels).hasSize(15);
        for (Path png : labels) {
            String payload = png.getFileName().toString().replace(".png", "");
            assertThat(decoder.decode(Files.readAllBytes(png))).isEqualTo(payload);
            assertThat(org.studiokit.examples.testing.Zbarimg.read(png)).isEqualTo(payload);
            assertThat(Files.readString(png.resolveSibling(payload + ".svg"))).contains("<svg", payload);
        }
        try (var files = Files.list(dir.resolve("printouts"))) {
            java.util.List<Path> pdfs = files.toList();
            assertThat(pdfs).hasSize(12);
            for (Path pdf : pdfs) {
                assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-");
            }
        }
    }

    @Test
    @DisplayName("EXP-2 STO-1 --scale N on the H2 file records N invoices of history, posts them in 12 monthly batches,"
            + " exports only March's two batches (the history's stay exportable), and the books check out; the"
            + " progress lines are quiet off a terminal")
    void scale_posts_the_history_and_exports_only_march() throws IOException {
        CliRun run = CliRun.of("demo", "--scale", "60", "--out", dir.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).as("no terminal, no --progress").isEmpty();
        assertThat(run.stdout()).contains("History: 60 invoices from 2025-03-01 to 2026-02-27, with their payments"
                + " and deposits, posted in 12 monthly batches.", "Posting summaries of the 12 batches of history",
                "Posting summary, batch 13 ", "Posting summary, batch 14 ",
                "Trial balance sums to 0.00; reconciliation holds;");
        java.util.Set<String> formats = org.studiokit.export.ExportFormats.installed().ids();
        try (var files = Files.list(dir.resolve("exports"))) {
            java.util.List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).hasSize(2 * formats.size())
                    .allSatisfy(n -> assertThat(n).matches("batch-1[34]\\..+"));
        }
        assertThat(run.stdout()).contains(2 * formats.size() + " exports (2 batches of March in " + formats.size()
                + " formats", "; the 12 batches of history are left for `studio export --batch N`");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("db").resolve("studio");
        CliRun summary = CliRun.of("report", "posting-summary", "--format", "csv", "--db", url);
        assertThat(summary.exit()).as(summary.stderr()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\d+),documents: (\\d+) generic invoices?")
                .matcher(summary.stdout());
        int historyInvoices = 0;
        while (m.find()) {
            historyInvoices += Integer.parseInt(m.group(1)) <= 12 ? Integer.parseInt(m.group(2)) : 0;
        }
        assertThat(historyInvoices).as("every invoice of history is posted in batches 1 to 12").isEqualTo(60);
        CliRun export = CliRun.of("export", "--batch", "12", "--format", "csv", "--out",
                dir.resolve("later").toString(), "--db", url);
        assertThat(export.exit()).as("a batch of history was left unexported: " + export.stderr()).isZero();
    }

    @Test
    @DisplayName("§13 progress: with --progress the --scale history and the reports show count/total lines on"
            + " standard error; the story on standard output is the same as without")
    void scale_progress_lines_when_forced() {
        CliRun quiet = CliRun.of("demo", "--db", "mem", "--scale", "30", "--out", dir.resolve("q").toString());
        CliRun shown = CliRun.of("demo", "--db", "mem", "--scale", "30", "--out", dir.resolve("p").toString(),
                "--progress");
        assertThat(shown.exit()).as(shown.stderr()).isZero();
        assertThat(quiet.stderr()).isEmpty();
        assertThat(shown.stderr()).contains("\rhistory: invoices: 0/30 0%", "\rreports: 0/9 0%")
                .containsPattern("\\rhistory: invoices: 30/30 100%[^\\r]* in \\d+:\\d\\d\\s*\\n")
                .containsPattern("\\rreports: 9/9 100%[^\\r]* in \\d+:\\d\\d\\s*\\n");
        assertThat(shown.story()).isEqualTo(quiet.story());
    }
}
