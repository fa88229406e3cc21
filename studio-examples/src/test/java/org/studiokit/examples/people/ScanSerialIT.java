package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.testkit.peer.ExternalProgram;

/**
 * {@code studio scan --serial PORT} through {@code java -jar studio.jar} over a socat pseudo-terminal pair: the jar
 * reads one end as its scanner's serial port, the test writes codes to the other end as a scanner would.
 */
class ScanSerialIT {
    @TempDir
    Path dir;

    private Path socatProgram;
    private Process socat;
    private OutputStream scanner;
    private final List<Process> children = new ArrayList<>();
    private String url;

    @BeforeEach
    void books() throws Exception {
        socatProgram = ExternalProgram.require("socat", "socat");
        url = Jar.h2(dir);
        Jar.fill(dir, url);
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : children) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        stopSocat();
    }

    @Test
    @DisplayName("§13 SCN-4 SCN-1 scan --serial: each code's result printed as it arrives; the port disappearing ends"
            + " the session with the summary, exit 0")
    void results_as_they_arrive_and_the_port_gone_ends_the_session() throws Exception {
        startSocat();
        Child scan = Child.start(this, "scan", "--serial", port().toString(), "--baud", "115200", "--mode", "advance",
                "--db", url);
        scan.awaitErr("reading codes from " + port());
        write("P700\r\n");
        scan.awaitOut("P700: In Production -> Shipped\n");
        assertThat(scan.process.isAlive()).as("the session goes on after a scan").isTrue();
        write("P9999\r]C0p701\rI1042\n");
        scan.awaitOut("I1042: WRONG_RECORD_TYPE: ");
        assertThat(scan.process.isAlive()).isTrue();
        stopSocat();
        assertThat(scan.exit()).as(scan.toString()).isZero();
        String[] lines = scan.out().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("P700: In Production -> Shipped");
        assertThat(lines[1]).startsWith("P9999: NOT_FOUND: ");
        assertThat(lines[2]).isEqualTo("]C0p701: Ordered -> In Production");
        assertThat(lines[3]).startsWith("I1042: WRONG_RECORD_TYPE: ");
        assertThat(lines[4]).isEqualTo("Summary: 4 scans, 2 updated, 2 errors {NOT_FOUND=1, WRONG_RECORD_TYPE=1}");
        assertThat(scan.err()).contains("studio scan: the serial port " + port() + " is gone");
    }

    @Test
    @DisplayName("§13 SCN-4 scan --serial --idle: the session ends after that many seconds without a code; Ctrl-C"
            + " ends it with the summary and exit 130")
    void idle_and_ctrl_c_end_the_session() throws Exception {
        startSocat();
        Child idle = Child.start(this, "scan", "--serial", port().toString(), "--mode", "set", "--status",
                "Delivered", "--idle", "3", "--db", url);
        idle.awaitErr("reading codes from");
        write("P701\r");
        idle.awaitOut("P701: Ordered -> Delivered\n");
        assertThat(idle.exit()).as(idle.toString()).isZero();
        assertThat(idle.out()).isEqualTo("P701: Ordered -> Delivered\nSummary: 1 scans, 1 updated, 0 errors\n");
        assertThat(idle.err()).contains("studio scan: no code for 3 seconds");

        stopSocat(); // the pair may end when its port's last user closes it: a fresh pair for the next session
        startSocat();
        Child interrupted = Child.start(this, "scan", "--serial", port().toString(), "--mode", "advance", "--db", url);
        interrupted.awaitErr("reading codes from");
        write("P701\r");
        interrupted.awaitOut("P701: ALREADY_FINAL: ");
        interrupted.signal("INT");
        assertThat(interrupted.exit()).as(interrupted.toString()).isEqualTo(130);
        assertThat(interrupted.out()).endsWith("Summary: 1 scans, 0 updated, 1 errors {ALREADY_FINAL=1}\n");
        assertThat(interrupted.err()).contains("studio scan: interrupted");
    }

    @Test
    @DisplayName("§13 scan: a port that cannot be opened is refused (exit 1); --stdin with --serial, --baud without"
            + " --serial, --idle 0 and no input are bad usage (exit 2); Ctrl-C on --stdin prints the summary, exit 130")
    void refusals_bad_usage_and_ctrl_c_on_stdin() throws Exception {
        Jar missing = Jar.run(dir, "scan", "--serial", dir.resolve("no-such-port").toString(), "--mode", "advance",
                "--db", url);
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(1);
        assertThat(missing.stderr()).contains("studio scan: refused: NOT_FOUND: cannot open serial port");
        assertThat(missing.stdout()).isEmpty();

        for (String[] args : List.of(new String[] {"--stdin", "--serial", "/dev/null"},
                new String[] {"--stdin", "--baud", "9600"}, new String[] {"--stdin", "--idle", "0"},
                new String[] {"--serial", "x", "--baud", "0"}, new String[] {})) {
            List<String> command = new ArrayList<>(List.of("scan", "--mode", "advance", "--db", url));
            command.addAll(List.of(args));
            Jar bad = Jar.run(dir, command.toArray(String[]::new));
            assertThat(bad.exit()).as(bad.toString()).isEqualTo(2);
            assertThat(bad.stdout()).isEmpty();
            assertThat(bad.stderr()).contains("Usage: studio scan");
        }

        Child stdin = Child.start(this, "scan", "--stdin", "--mode", "advance", "--db", url);
        stdin.process.getOutputStream().write("P700\n".getBytes(StandardCharsets.UTF_8));
        stdin.process.getOutputStream().flush();
        stdin.awaitOut("P700: In Production -> Shipped\n");
        stdin.signal("INT");
        assertThat(stdin.exit()).as(stdin.toString()).isEqualTo(130);
        assertThat(stdin.out()).isEqualTo("P700: In Production -> Shipped\nSummary: 1 scans, 1 updated, 0 errors\n");
    }

    private Path port() {
        return dir.resolve("scanner-port");
    }

    private Path scannerEnd() {
        return dir.resolve("scanner-end");
    }

    /** Writes as the scanner would (its end stays open: closing a pseudo-terminal's last user ends socat). */
    private void write(String text) throws IOException {
        scanner.write(text.getBytes(StandardCharsets.ISO_8859_1));
        scanner.flush();
    }

    private void startSocat() throws IOException {
        socat = new ProcessBuilder(socatProgram.toString(), "-d", "-d", "pty,raw,echo=0,link=" + port(),
                "pty,raw,echo=0,link=" + scannerEnd()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile()).start();
        await("socat to create its pseudo-terminals", () -> Files.exists(port()) && Files.exists(scannerEnd()));
        scanner = Files.newOutputStream(scannerEnd(), StandardOpenOption.WRITE);
    }

    private void stopSocat() throws Exception {
        if (socat == null) {
            return;
        }
        try {
            scanner.close();
        } catch (IOException ignored) {
            // the pseudo-terminal is already gone
        }
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        socat = null;
        await("socat to remove its links", () -> !Files.exists(port(), LinkOption.NOFOLLOW_LINKS));
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A running {@code java -jar studio.jar}, its output read while it runs. */
    private record Child(Process process, Path outFile, Path errFile) {
        static Child start(ScanSerialIT test, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", Jar.JAR.toString()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile(test.dir, "out", ".txt");
            Path err = Files.createTempFile(test.dir, "err", ".txt");
            Process p = new ProcessBuilder(command).directory(test.dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            test.children.add(p);
            return new Child(p, out, err);
        }

        String out() {
            return read(outFile);
        }

        String err() {
            return read(errFile);
        }

        void awaitOut(String text) {
            await("standard output to show " + text + " (" + this + ")", () -> out().contains(text));
        }

        void awaitErr(String text) {
            await("standard error to show " + text + " (" + this + ")", () -> err().contains(text)
                    || !process.isAlive());
            assertThat(err()).as(toString()).contains(text);
        }

        void signal(String name) throws Exception {
            assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor())
                    .isZero();
        }

        int exit() throws InterruptedException {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("studio finishes: " + this).isTrue();
            return process.exitValue();
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "stdout:\n" + out() + "\nstderr:\n" + err();
        }
    }
}
