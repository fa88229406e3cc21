package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines of {@code studio post} and {@code studio export} through {@code java -jar studio.jar}. */
class ProgressIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 progress: post (per phase) and export show count/total lines on standard error with --progress;"
            + " without a terminal and without --progress they are quiet; standard output is the same either way")
    void post_and_export_progress() throws Exception {
        String url = Jar.h2(dir);
        Jar.fill(dir, url);
        Jar quiet = Jar.run(dir, "post", "--through", "2026-03-31", "--preview", "--db", url);
        assertThat(quiet.exit()).as(quiet.toString()).isZero();
        assertThat(quiet.stderr()).doesNotContain("\r");

        Jar post = Jar.run(dir, "post", "--through", "2026-03-31", "--progress", "--db", url);
        assertThat(post.exit()).as(post.toString()).isZero();
        assertThat(post.stdout()).startsWith(quiet.stdout());
        assertThat(post.stderr()).contains("\rpreview: 0/1 0%").containsPattern("\\rpreview: 1/1 100%[^\\r]* in 0:\\d\\d")
                .containsPattern("\\rposting: 0/2 0%").containsPattern("\\rposting: 2/2 100%[^\\r]* in 0:\\d\\d\\s*\\n");

        Jar export = Jar.run(dir, "export", "--batch", "2", "--format", "csv", "--out", "ex", "--progress", "--db",
                url);
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.stderr()).contains("\rexport of batch 2 as csv: 1/1 100%")
                .containsPattern("\\rwriting batch-2\\.[^:]+ \\(bytes\\): [\\d,]+/[\\d,]+ 100%");
        assertThat(export.stdout()).startsWith("Wrote ");

        Jar custom = Jar.run(dir, "export", "--batch", "2", "--format", "account-totals", "--out", "ex", "--db", url);
        assertThat(custom.exit()).as("EXP-1 the embedding example's format, found through ServiceLoader in the jar: "
                + custom).isZero();
        assertThat(Files.readString(dir.resolve("ex").resolve("batch-2.account-totals.csv")))
                .startsWith("account,debits,credits,net\r\n");
    }
}
