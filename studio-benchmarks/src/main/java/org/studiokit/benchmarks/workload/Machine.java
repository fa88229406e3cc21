package org.studiokit.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Notes the machine a workload ran on: CPU, cores, memory, load, JDK, OS and the commands timed. */
final class Machine {
    private Machine() {
    }

    static void describe(Figures figures, List<String> studio) {
        figures.context("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        figures.context("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        figures.context("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        figures.context("load-average-at-start", read(Path.of("/proc/loadavg")));
        figures.context("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        figures.context("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        figures.context("studio", String.join(" ", studio));
        for (String peer : List.of("ledger", "hledger", "bean-check")) {
            figures.context(peer, Tool.onPath(peer).orElse("not installed"));
        }
    }

    private static String firstValue(Path file, String key) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
