package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studio scan --stdin} through {@code java -jar studio.jar} with piped codes (SCN-4). */
class ScanIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 SCN-4 SCN-2 scan --stdin: each piped code's result as it happens, the summary at the end, errors"
            + " never stop the batch; bad usage exits 2, a database without the studio is refused")
    void scan_piped_codes() throws Exception {
        String url = Jar.h2(dir);
        Jar.fill(dir, url);
        Jar r = Jar.piped(dir, "P700\n\n]C0p701\nP700\nP9999\nI1042\nhello\n", "scan", "--stdin", "--mode",
                "advance", "--db", url);
        assertThat(r.exit()).as(r.toString()).isZero();
        String[] lines = r.stdout().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("P700: In Production -> Shipped");
        assertThat(lines[1]).isEqualTo("]C0p701: Ordered -> In Production");
        assertThat(lines[2]).startsWith("P700: DUPLICATE_SCAN: ");
        assertThat(lines[3]).startsWith("P9999: NOT_FOUND: ");
        assertThat(lines[4]).startsWith("I1042: WRONG_RECORD_TYPE: ");
        assertThat(lines[5]).startsWith("hello: INVALID_BARCODE: ");
        assertThat(lines[6]).startsWith("Summary: 6 scans, 2 updated, 4 errors");

        Jar set = Jar.piped(dir, "P701\n", "scan", "--stdin", "--mode", "set", "--status", "Delivered", "--as",
                "clerk", "--db", url);
        assertThat(set.exit()).as(set.toString()).isZero();
        assertThat(set.stdout()).isEqualTo("P701: In Production -> Delivered\nSummary: 1 scans, 1 updated, 0 errors\n");

        Jar noStatus = Jar.piped(dir, "P701\n", "scan", "--stdin", "--mode", "set", "--db", url);
        assertThat(noStatus.exit()).isEqualTo(2);
        assertThat(noStatus.stderr()).contains("--mode set needs --status");
        assertThat(noStatus.stdout()).isEmpty();

        Jar done = Jar.piped(dir, "P701\n", "scan", "--stdin", "--mode", "advance", "--as", "bob:CLERK", "--db",
                url);
        assertThat(done.exit()).as(done.toString()).isZero();
        assertThat(done.stdout()).startsWith("P701: ALREADY_FINAL: ").contains("Summary: 1 scans, 0 updated, 1 errors");
        Jar denied = Jar.piped(dir, "P701\n", "scan", "--stdin", "--mode", "advance", "--as", "ann:OWNER", "--db",
                "jdbc:h2:file:" + dir.resolve("none"));
        assertThat(denied.exit()).isEqualTo(1);
        assertThat(denied.stderr()).contains("refused: NOT_FOUND");
    }
}
