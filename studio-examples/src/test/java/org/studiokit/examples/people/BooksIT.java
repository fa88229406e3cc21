package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studio post}, {@code export}, {@code unlock} and {@code close-period} through {@code java -jar studio.jar},
 * one sequence on an H2 file filled by {@code studio run --keep} (each jar run starts a JVM and opens the database,
 * so the steps share one database and one test).
 */
class BooksIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 PST-1 LCK-1 LCK-3 EXP-4 post, export, unlock, close-period on a database: runs, refusals, bad usage")
    void books_commands_through_the_jar() throws Exception {
        String url = Jar.h2(dir);
        Jar.fill(dir, url);

        Jar preview = Jar.run(dir, "post", "--through", "2026-03-31", "--preview", "--db", url);
        assertThat(preview.exit()).as(preview.toString()).isZero();
        assertThat(preview.stdout()).isEqualTo("Would post through 2026-03-31:\n  payment 2\n  deposit 3\n"
                + "Not eligible:\n  (none)\n");

        Jar clerk = Jar.run(dir, "post", "--through", "2026-03-31", "--as", "clerk", "--db", url);
        assertThat(clerk.exit()).as(clerk.toString()).isEqualTo(1);
        assertThat(clerk.stderr()).contains("studio post: refused: PERMISSION_DENIED: clerk lacks permission POST")
                .doesNotContain("\tat ");
        assertThat(clerk.stdout()).isEmpty();

        Jar post = Jar.run(dir, "post", "--through", "2026-03-31", "--db", url);
        assertThat(post.exit()).as(post.toString()).isZero();
        assertThat(post.stdout()).startsWith(preview.stdout()).endsWith("Posted batch 2 through 2026-03-31 by owner:"
                + " 0 documents, 2 money movements, 0 adjusted; debits 50.00, credits 50.00\n");

        Jar export = Jar.run(dir, "export", "--batch", "2", "--format", "csv", "--out", "ex", "--db", url);
        assertThat(export.exit()).as(export.toString()).isZero();
        Path file = dir.resolve("ex/batch-2.csv.csv");
        byte[] first = Files.readAllBytes(file);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).contains("SK-2-1,2,1,2026-03-05")
                .contains("Customer Deposits,Jane Doe,,30.00").contains("\"'=HYPERLINK(\"\"x\"\"), Ltd\"");

        Jar again = Jar.run(dir, "export", "--batch", "2", "--format", "csv", "--out", "ex", "--db", url);
        assertThat(again.exit()).as(again.toString()).isEqualTo(1);
        assertThat(again.stderr()).contains("studio export: refused: ALREADY_EXPORTED: batch 2 was already exported"
                + " as csv").contains("by owner");

        Files.delete(file);
        Jar re = Jar.run(dir, "export", "--batch", "2", "--format", "csv", "--out", "ex", "--reexport", "--db", url);
        assertThat(re.exit()).as(re.toString()).isZero();
        assertThat(re.stderr()).contains("studio export: warning: re-export of batch 2 as csv")
                .contains("delete the earlier import");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);

        Jar badFormat = Jar.run(dir, "export", "--batch", "2", "--format", "xls", "--db", url);
        assertThat(badFormat.exit()).as(badFormat.toString()).isEqualTo(1);
        assertThat(badFormat.stderr()).contains("refused: VALIDATION: unknown export format xls");

        Jar unlock = Jar.run(dir, "unlock", "i1042", "--reason", "wrong price", "--as", "ann:MANAGER", "--db", url);
        assertThat(unlock.exit()).as(unlock.toString()).isZero();
        assertThat(unlock.stdout()).isEqualTo("Unlocked i1042 by ann: wrong price (posted in batch 1)\n");
        Jar twice = Jar.run(dir, "unlock", "I1042", "--reason", "again", "--db", url);
        assertThat(twice.exit()).as(twice.toString()).isEqualTo(1);
        assertThat(twice.stderr()).contains("refused: NO_CHANGE: invoice 1042 is already unlocked");
        Jar badRecord = Jar.run(dir, "unlock", "X1", "--reason", "r", "--db", url);
        assertThat(badRecord.exit()).as(badRecord.toString()).isEqualTo(2);
        assertThat(badRecord.stderr()).contains("record X1: write I<number>");

        Jar closeRefused = Jar.run(dir, "close-period", "--through", "2026-03-31", "--db", url);
        assertThat(closeRefused.exit()).as(closeRefused.toString()).isEqualTo(1);
        assertThat(closeRefused.stderr()).contains("refused: UNPOSTED_RECORDS: post these records first: unlocked"
                + " invoice 1042");
        Jar managerClose = Jar.run(dir, "close-period", "--through", "2026-03-31", "--as", "manager", "--db", url);
        assertThat(managerClose.exit()).as(managerClose.toString()).isEqualTo(1);
        assertThat(managerClose.stderr()).contains("refused: PERMISSION_DENIED");

        Jar adjust = Jar.run(dir, "post", "--through", "2026-03-31", "--db", url);
        assertThat(adjust.exit()).as(adjust.toString()).isZero();
        assertThat(adjust.stdout()).contains("Posted batch 3").contains("1 adjusted");
        Jar close = Jar.run(dir, "close-period", "--through", "2026-03-31", "--db", url);
        assertThat(close.exit()).as(close.toString()).isZero();
        assertThat(close.stdout()).isEqualTo("Closed through 2026-03-31 by owner\n");

        Jar missing = Jar.run(dir, "close-period", "--db", url);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains("Missing required option: '--through=DATE'");
        Jar badAs = Jar.run(dir, "post", "--through", "2026-03-31", "--as", "ann", "--db", url);
        assertThat(badAs.exit()).isEqualTo(2);
        assertThat(badAs.stderr()).contains("--as ann: say the role");
    }

    @Test
    @DisplayName("§13 --help of every command for people shows an example")
    void help_has_examples() {
        for (String command : new String[] {"post", "export", "unlock", "close-period"}) {
            Jar r = Jar.run(dir, command, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.stdout()).contains("Example:").contains("studio " + command + " ");
        }
    }
}
