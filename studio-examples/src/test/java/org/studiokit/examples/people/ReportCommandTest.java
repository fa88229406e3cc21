package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code studio report --format json} in-process for every report (the jar runs a few: ReportIT). */
class ReportCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 report --format json matches the studio run report result for the same books, all nine §8 reports")
    void json_matches_the_run_result_for_every_report() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("books");
        CliRun run = fill(url);
        JsonNode steps = JSON.readTree(run.stdout()).get("steps");
        int first = steps.size() - ReportIT.REPORTS.size();
        for (int i = 0; i < ReportIT.REPORTS.size(); i++) {
            List<String> args = new ArrayList<>(List.of("report"));
            args.addAll(ReportIT.REPORTS.get(i));
            args.addAll(List.of("--format", "json", "--db", url));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(JSON.readTree(r.stdout())).as(args.toString()).isEqualTo(steps.get(first + i).get("result"));
        }
    }

    @Test
    @DisplayName("§12 RPT-6 the posting summary table counts documents in words, never a map dump")
    void posting_summary_table_counts_in_words() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("books");
        fill(url);
        CliRun r = CliRun.of("report", "posting-summary", "--batch", "1", "--db", url);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("documents: \\d+ [a-z ]+").doesNotContain("{").doesNotContain("=");
    }

    /** Runs the people's books script into an H2 file with {@code studio run --keep}. */
    private CliRun fill(String url) throws Exception {
        Path script = dir.resolve("books.json");
        try (var in = getClass().getResourceAsStream("/people/books.json")) {
            Files.write(script, in.readAllBytes());
        }
        CliRun run = CliRun.of("run", script.toString(), "--db", url, "--keep");
        assertThat(run.exit()).as(run.stderr()).isZero();
        return run;
    }
}
