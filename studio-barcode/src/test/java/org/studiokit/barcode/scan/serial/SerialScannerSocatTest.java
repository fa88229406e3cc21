package org.studiokit.barcode.scan.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDrivers;
import org.studiokit.barcode.testing.Await;
import org.studiokit.testkit.peer.ExternalProgram;
import org.studiokit.barcode.testing.RecordingListener;

/**
 * SCN-1/SCN-2 over a real pseudo-terminal pair made by socat: the driver reads end A as a serial port, the test
 * writes to end B as the scanner would.
 */
@DisplayName("SCN-1 serial driver over a socat pseudo-terminal pair")
class SerialScannerSocatTest {
    /** Pause between writes that must arrive in separate reads (the driver reads as soon as bytes arrive). */
    private static final long SEPARATE_READS_MILLIS = 60;

    @TempDir
    Path dir;

    private Path socatProgram;
    private Path portA;
    private Path portB;
    private Process socat;
    private OutputStream scanner;
    private SerialScannerSource source;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void pair() throws Exception {
        socatProgram = ExternalProgram.require("socat", "socat");
        portA = dir.resolve("A");
        portB = dir.resolve("B");
    }

    @AfterEach
    void unpair() throws Exception {
        if (source != null) {
            source.close();
        }
        stopSocat();
    }

    private void startSocat() throws IOException {
        socat = new ProcessBuilder(socatProgram.toString(), "-d", "-d",
                "pty,raw,echo=0,link=" + portA, "pty,raw,echo=0,link=" + portB)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat-" + System.nanoTime() + ".log").toFile())
                .start();
        Await.until("socat to create " + portA + " and " + portB,
                () -> Files.exists(portA) && Files.exists(portB));
        scanner = Files.newOutputStream(portB, StandardOpenOption.WRITE);
    }

    private void stopSocat() throws Exception {
        if (scanner != null) {
            try {
                scanner.close();
            } catch (IOException ignored) {
                // the other end is already gone
            }
            scanner = null;
        }
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            socat = null;
            Await.until("socat to remove its links", () -> !Files.exists(portA, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(portB, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private void openDriver() {
        ScannerConfig config = SerialSettings.of(portA.toString()).withBaudRate(115_200)
                .withReconnectInterval(Duration.ofMillis(100))
                .applyTo(ScannerConfig.of("serial-test", Clock.systemUTC()));
        source = (SerialScannerSource) ScannerDrivers.require("serial").open(config, listener);
        source.start();
    }

    private void connect() throws IOException {
        startSocat();
        openDriver();
        Await.until("the driver to open " + portA, source::connected);
    }

    private void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void write(byte[] bytes) throws IOException {
        scanner.write(bytes);
        scanner.flush();
    }

    private void awaitScans(int count) {
        Await.until(Duration.ofSeconds(10), () -> count + " scans, have " + listener.payloads()
                + " and errors " + listener.errors(), () -> listener.scans().size() >= count);
    }

    @Test
    void SCN1_scans_ending_in_cr_lf_or_crlf_arrive_in_order() throws Exception {
        connect();
        write("P1\r");
        write("P2\n");
        write("P3\r\n");
        write("P4\r\n");
        awaitScans(4);
        assertThat(listener.payloads()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(listener.errors()).isEmpty();
        assertThat(listener.scans()).allSatisfy(scan -> assertThat(scan.sourceId()).isEqualTo("serial-test"));
    }

    @Test
    void SCN1_a_scan_split_over_several_writes_and_a_crlf_split_between_writes_are_joined() throws Exception {
        connect();
        write("P1");
        Thread.sleep(SEPARATE_READS_MILLIS);
        write("04");
        Thread.sleep(SEPARATE_READS_MILLIS);
        write("2\r");
        Thread.sleep(SEPARATE_READS_MILLIS);
        write("\nI5\r");
        Thread.sleep(SEPARATE_READS_MILLIS);
        write("\n");
        write("C6\n");
        awaitScans(3);
        assertThat(listener.payloads()).containsExactly("P1042", "I5", "C6");
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void SCN1_several_scans_in_one_write_are_several_scans() throws Exception {
        connect();
        write("P1\rP2\nP3\r\nP4\r\n\r\nP5\r");
        awaitScans(5);
        assertThat(listener.payloads()).containsExactly("P1", "P2", "P3", "P4", "P5");
    }

    @Test
    void SCN2_garbage_and_over_long_input_are_errors_and_the_driver_keeps_reading() throws Exception {
        connect();
        write(new byte[] {0, (byte) 0xFF, 'x', 0x1B, '\r'});
        write("9".repeat(300) + "\r");
        write("P9\r");
        awaitScans(1);
        assertThat(listener.payloads()).containsExactly("P9");
        assertThat(listener.errors()).extracting(ScanError::message)
                .anySatisfy(m -> assertThat(m).contains("0x00"))
                .anySatisfy(m -> assertThat(m).contains("64"))
                .hasSize(2);
    }

    @Test
    void SCN1_the_driver_reconnects_when_the_port_disappears_and_comes_back() throws Exception {
        connect();
        write("P1\r");
        awaitScans(1);

        stopSocat();
        Await.until("a lost-port error", () -> listener.errors().stream().anyMatch(e -> e.message().contains("lost")));
        assertThat(source.connected()).isFalse();

        startSocat();
        Await.until("the driver to reopen " + portA, source::connected);
        write("P2\r");
        awaitScans(2);

        stopSocat();
        Await.until("a second lost-port error",
                () -> listener.errors().stream().filter(e -> e.message().contains("lost")).count() == 2);
        startSocat();
        Await.until("the driver to reopen " + portA + " again", source::connected);
        write("P3\r\n");
        awaitScans(3);

        assertThat(listener.payloads()).containsExactly("P1", "P2", "P3");
        assertThat(listener.errors()).extracting(ScanError::message)
                .allSatisfy(m -> assertThat(m).contains("lost serial port"));
    }

    @Test
    void SCN1_a_port_missing_at_start_is_reported_once_and_opened_when_it_appears() throws Exception {
        openDriver();
        Await.until("a cannot-open error", () -> !listener.errors().isEmpty());
        Thread.sleep(350); // several retries pass without more errors
        assertThat(listener.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("cannot open serial port"));
        startSocat();
        Await.until("the driver to open " + portA, source::connected);
        write("S8\r");
        awaitScans(1);
        assertThat(listener.payloads()).containsExactly("S8");
    }

    @Test
    void SCN1_close_stops_the_reader_thread_and_frees_the_port() throws Exception {
        connect();
        source.close();
        Await.until("the port to be closed", () -> !source.connected());
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("studio-scanner-serial-test");
        write("P1\r");
        Thread.sleep(SEPARATE_READS_MILLIS);
        assertThat(listener.scans()).isEmpty();
        source.close(); // idempotent
        assertThat(List.of(source.id())).containsExactly("serial-test");
    }
}
