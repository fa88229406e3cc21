package org.studiokit.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code /proc/PID} says of a live process: CPU seconds so far and peak resident memory.
 *
 * @param cpuSeconds user + system seconds (at 100 ticks a second)
 * @param peakRssKib VmHWM in KiB
 */
record ProcStat(double cpuSeconds, long peakRssKib) {
    static final ProcStat NONE = new ProcStat(0, 0);

    static Optional<ProcStat> read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return Optional.of(new ProcStat(cpu, hwm));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
