package org.studiokit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import org.studiokit.benchmarks.mix.StudioMix;
import org.studiokit.posting.run.PostingRequest;

/**
 * Heap needed to hold a studio year in the in-memory store: records {@code N} documents ({@link StudioMix}), then
 * prints the heap in use after full collections as {@code recorded BYTES}, then again after one posting run as
 * {@code posted BYTES}. Run it in a JVM of its own: {@code java -cp benchmarks.jar
 * org.studiokit.benchmarks.HeapProbe 1000000}.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** {@code HeapProbe N}. */
    public static void main(String[] args) {
        StudioMix mix = StudioMix.record(Integer.parseInt(args[0]));
        System.out.println("recorded " + usedAfterGc());
        mix.books().post(StudioMix.OWNER, PostingRequest.through(LocalDate.of(2026, 12, 31)));
        System.out.println("posted " + usedAfterGc());
        System.out.println("documents " + mix.recorded() + " " + mix.studio().records().documents().size());
    }

    /** @return bytes of heap in use after a few full collections */
    public static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
