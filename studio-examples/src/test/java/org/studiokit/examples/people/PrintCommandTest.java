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

/** {@code studio print} refusals and usage errors in-process (the jar runs a few of them: PrintIT). */
class PrintCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 DOC-12 print: unknown numbers and void records exit 1 with NOT_FOUND and write nothing;"
            + " wrong kinds, numbers, letters and options exit 2")
    void refusals_and_bad_usage() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("books");
        Path script = dir.resolve("books.json");
        try (var in = getClass().getResourceAsStream("/print/books.json")) {
            Files.write(script, in.readAllBytes());
        }
        CliRun fill = CliRun.of("run", script.toString(), "--db", url, "--keep");
        assertThat(fill.exit()).as(fill.stderr()).isZero();
        for (String[] refused : new String[][] {{"invoice", "9999"}, {"invoice", "1045"}, {"work-order", "799"},
            {"statement", "999"}, {"statement", "C999"}}) {
            Path out = dir.resolve(refused[0] + refused[1] + ".pdf");
            CliRun r = CliRun.of("print", refused[0], refused[1], "--out", out.toString(), "--db", url);
            assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
            assertThat(r.stderr()).startsWith("studio print: refused: NOT_FOUND: ")
                    .contains(refused[1].replace("C", "")).doesNotContain("\tat ");
            assertThat(r.stdout()).isEmpty();
            assertThat(Files.exists(out)).isFalse();
        }
        for (String[] usage : new String[][] {{"receipt", "1042"}, {"invoice", "abc"}, {"invoice", "P700"},
            {"invoice", "0"}, {"work-order", "I1042"}, {"invoice", "1042", "--as-of", "2026-03-31"},
            {"statement", "100", "--as-of", "March"}, {"invoice"}, {"invoice", "1042", "--colour"}}) {
            List<String> args = new ArrayList<>(List.of("print"));
            args.addAll(List.of(usage));
            args.addAll(List.of("--db", url));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", usage) + ": " + r.stderr()).isEqualTo(2);
            assertThat(r.stdout()).isEmpty();
            assertThat(r.stderr()).doesNotContain("\tat ");
        }
        CliRun unwritable = CliRun.of("print", "invoice", "1042", "--out", dir.resolve("no/such/dir.pdf").toString(),
                "--db", url);
        assertThat(unwritable.exit()).as(unwritable.stderr()).isEqualTo(2);
        assertThat(unwritable.stderr()).startsWith("studio print: cannot write ");
        Path ok = dir.resolve("ok.pdf");
        CliRun printed = CliRun.of("print", "statement", "c100", "--as-of", "2026-03-31", "--out", ok.toString(),
                "--db", url);
        assertThat(printed.exit()).as(printed.stderr()).isZero();
        assertThat(printed.stdout()).isEqualTo("Wrote " + ok + System.lineSeparator());
        assertThat(Files.readString(ok, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
}
