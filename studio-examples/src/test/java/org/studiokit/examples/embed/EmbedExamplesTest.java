package org.studiokit.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.StatusBatch;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.replay.ReplayDriver;
import org.studiokit.barcode.scan.replay.ReplaySource;
import org.studiokit.core.Studio;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.export.ExportFormats;

/** The embedding examples run and print what they should. */
class EmbedExamplesTest {
    @TempDir
    Path dir;

    /** Runs a main with standard output captured. */
    private static List<String> printed(ThrowingRunnable main) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.run();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    @DisplayName("InMemoryStudio: an order, its production order moved, a partial payment, read back through queries")
    void in_memory() throws Exception {
        assertThat(printed(() -> InMemoryStudio.main(new String[0]))).containsExactly(
                "invoice 1001 for Ann Lee: total 80.00, balance 50.00",
                "production order P1 at Bay Photo: In Production",
                "owed to the studio on 2026-03-10: 50.00");
    }

    @Test
    @DisplayName("STO-1 H2Studio: StudioDatabase.open(url) on an H2 file; the second run finds the first run's records")
    void h2_file_keeps_the_books() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("embedded").toAbsolutePath();
        List<String> first = printed(() -> H2Studio.main(new String[] {url}));
        List<String> second = printed(() -> H2Studio.main(new String[] {url}));
        assertThat(first).containsExactly("created studio embedded", "invoice 1001 for Client 1: 95.00",
                "clients on file: 1");
        assertThat(second).containsExactly("opened studio embedded", "invoice 1002 for Client 2: 95.00",
                "clients on file: 2");
    }

    @Test
    @DisplayName("SCN-1 SCN-4 ScannerWiring: a (replayed) serial scanner and a keyboard wedge feed one handler; slow"
            + " typing is not a scan, a repeat is DUPLICATE_SCAN")
    void scanners_feed_one_handler() throws Exception {
        List<String> lines = printed(() -> ScannerWiring.main(new String[0]));
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 2)).containsExactly("serial P1: Ordered -> In Production",
                "serial P2: Ordered -> In Production");
        assertThat(lines.get(2)).startsWith("serial P1: DUPLICATE_SCAN (");
        assertThat(lines.subList(3, 5)).containsExactly("wedge P3: Ordered -> In Production",
                "summary: 3 updated, 1 errors");
    }

    @Test
    @DisplayName("SCN-2 ScannerWiring's handler prints a scanner's error and goes on")
    void handler_prints_scanner_errors() {
        Studio studio = ScannerWiring.studioWithOrders(1);
        StatusBatch batch = new BatchStatusUpdate(studio.production()).begin(Actor.of("owner", Role.OWNER),
                BatchMode.ADVANCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplaySource replay = new ReplayDriver().open(List.of("P\u00071", "p1"), ScannerConfig.of("test",
                Clock.systemUTC()), ScannerWiring.handler(batch, new PrintStream(out, true, StandardCharsets.UTF_8)));
        replay.start();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("test error: ");
        assertThat(lines.get(1)).isEqualTo("test p1: Ordered -> In Production");
        assertThat(batch.summary().updated()).isEqualTo(1);
    }

    @Test
    @DisplayName("EXP-1 CustomExport: account-totals is found through ServiceLoader and its rows balance")
    void custom_exporter_through_service_loader() throws Exception {
        assertThat(ExportFormats.installed().find(CustomExport.ID)).get().isInstanceOf(CustomExport.class);
        List<String> lines = printed(() -> CustomExport.main(new String[0]));
        assertThat(lines.get(0)).startsWith("formats: account-totals, ").contains("iif", "csv", "beancount");
        assertThat(lines.get(1)).isEqualTo("batch-1.account-totals.csv (2 transactions):");
        assertThat(lines.get(2)).isEqualTo("account,debits,credits,net");
        long debits = 0;
        long credits = 0;
        long net = 0;
        List<String> accounts = new ArrayList<>();
        for (String row : lines.subList(3, lines.size())) {
            String[] cells = row.split(",");
            accounts.add(cells[0]);
            debits += cents(cells[1]);
            credits += cents(cells[2]);
            net += cents(cells[3]);
            assertThat(cents(cells[3])).isEqualTo(cents(cells[1]) - cents(cells[2]));
        }
        assertThat(debits).isEqualTo(20_000).isEqualTo(credits);
        assertThat(net).isZero();
        assertThat(accounts).isSorted().hasSize(3);
    }

    private static long cents(String amount) {
        return Math.round(Double.parseDouble(amount) * 100);
    }
}
