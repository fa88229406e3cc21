package org.studiokit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;

/** The command line itself: help, usage errors, {@code --out}, the slots of later builds. */
class CommandLineTest {
    private static final String SCRIPT = "{\"studio\": {\"currency\": \"USD\"}, \"steps\": ["
            + "{\"op\": \"client\", \"ref\": \"c\", \"name\": \"Cy\"}, {\"op\": \"verifyAudit\"}]}";

    @TempDir
    Path dir;

    @Test
    void help_lists_the_subcommands_and_exits_0() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("run", "demo", "Usage: studio");
    }

    @Test
    void no_subcommand_is_a_usage_error() {
        CliRun run = CliRun.of();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("Usage: studio");
    }

    @Test
    void an_unknown_subcommand_or_option_is_a_usage_error() {
        assertThat(CliRun.of("fly").exit()).isEqualTo(2);
        assertThat(CliRun.of("run", "--colour", "x.json").exit()).isEqualTo(2);
        assertThat(CliRun.of("run").exit()).isEqualTo(2);
    }

    @Test
    void a_missing_script_file_exits_2_with_a_message() {
        CliRun run = CliRun.of("run", dir.resolve("nope.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("cannot read").doesNotContain("\tat ");
    }

    @Test
    void STO_1_run_and_demo_on_a_database_print_what_they_print_in_memory() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCRIPT);
        CliRun memory = CliRun.of("run", file.toString());
        CliRun h2 = CliRun.of("run", file.toString(), "--db", "jdbc:h2:mem:cli-run");
        assertThat(h2.exit()).isEqualTo(memory.exit());
        assertThat(h2.stdout()).isEqualTo(memory.stdout());
        CliRun kept = CliRun.of("run", file.toString(), "--db", "jdbc:h2:mem:cli-run", "--keep");
        assertThat(kept.exit()).as("--keep goes on with the stored studio").isIn(0, 1);
        assertThat(kept.stdout()).isNotEqualTo(memory.stdout());
        CliRun demo = CliRun.of("demo", "--db", "jdbc:h2:mem:cli-demo", "--out", dir.resolve("h2").toString());
        assertThat(demo.exit()).isZero();
        assertThat(demo.story()).isEqualTo(CliRun.of("demo", "--db", "mem", "--out", dir.resolve("mem").toString())
                .story());
    }

    @Test
    void keep_needs_a_database() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCRIPT);
        CliRun run = CliRun.of("run", file.toString(), "--keep");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--keep needs --db");
    }

    @Test
    void out_writes_the_printed_result_to_result_json() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCRIPT);
        Path out = dir.resolve("a/b");
        CliRun run = CliRun.of("run", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out.resolve("result.json"))).isEqualTo(run.stdout());
    }

    @Test
    void an_out_directory_that_cannot_be_made_exits_2_before_running() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCRIPT);
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
        CliRun run = CliRun.of("run", file.toString(), "--out", blocker.resolve("x").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
    }
}
