package org.studiokit.benchmarks.workload;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one whole process with its output discarded and measures wall time, CPU time (user + system, children
 * included) and peak resident memory: through GNU {@code /usr/bin/time} when it is installed, else by polling
 * {@code /proc/PID} (CPU and peak as last seen, so slightly low).
 */
public final class ProcessMeter {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * One measured run.
     *
     * @param wallSeconds wall time
     * @param cpuSeconds  user + system CPU time
     * @param peakRssKib  peak resident set size in KiB
     * @param exitCode    the process's exit code
     */
    public record Sample(double wallSeconds, double cpuSeconds, long peakRssKib, int exitCode) {
    }

    private ProcessMeter() {
    }

    /** Runs the command in dir and measures it. */
    public static Sample run(List<String> command, Path dir) throws IOException, InterruptedException {
        if (Files.isExecutable(GNU_TIME)) {
            return timed(command, dir);
        }
        return polled(command, dir);
    }

    private static Sample timed(List<String> command, Path dir) throws IOException, InterruptedException {
        Path report = Files.createTempFile("studio-bench-time", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o",
                    report.toString()));
            full.addAll(command);
            long start = System.nanoTime();
            int exit = start(full, dir).waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String[] f = Files.readString(report, StandardCharsets.UTF_8).trim().split("\\s+");
            int n = f.length;
            return new Sample(wall, Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2]),
                    Long.parseLong(f[n - 1]), exit);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static Sample polled(List<String> command, Path dir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(command, dir);
        ProcStat last = ProcStat.NONE;
        while (p.isAlive()) {
            last = ProcStat.read(p.pid()).orElse(last);
            Thread.sleep(10);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Sample(wall, last.cpuSeconds(), last.peakRssKib(), p.exitValue());
    }

    private static Process start(List<String> command, Path dir) throws IOException {
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "stderr.log")))
                .start();
    }
}
