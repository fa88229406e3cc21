package org.studiokit.benchmarks.db;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap used through a run, by phase: the most the heap held when sampled every 10 ms
 * ({@code MemoryMXBean.getHeapMemoryUsage().getUsed()}, garbage included), and the most it still held right after a
 * collection (from the collectors' notifications: what was live, plus what the collection left behind).
 */
final class HeapWatch implements AutoCloseable {
    private static final long MIB = 1024 * 1024;
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long after = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        after += heap.contains(e.getKey()) ? e.getValue().getUsed() : 0;
                    }
                    afterGc.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            MemoryUsage u = memory.getHeapMemoryUsage();
            used.accumulateAndGet(u.getUsed(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** @return {most used, most left after a collection} in MiB since the last call, and starts a new phase */
    double[] phase() {
        used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return new double[] {(double) used.getAndSet(0) / MIB, (double) afterGc.getAndSet(0) / MIB};
    }

    /** @return the maximum heap (-Xmx) in MiB */
    static double max() {
        return (double) Runtime.getRuntime().maxMemory() / MIB;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
