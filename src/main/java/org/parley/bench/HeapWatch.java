package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much heap one pass of the benchmark held: the peak (what {@code -Xmx} must allow, garbage
 * included) and the most that was still live right after a collection (what grows if something keeps
 * every article), watched from a daemon thread while the pass runs.
 */
public final class HeapWatch implements AutoCloseable {
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    private final AtomicLong live = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        System.gc(); // start from what is live, not from the last pass's garbage
        for (MemoryPoolMXBean pool : HEAP) {
            if (pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parley-bench-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        long sum = 0;
        for (MemoryPoolMXBean pool : HEAP) {
            MemoryUsage afterGc = pool.isValid() ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                sum += afterGc.getUsed();
            }
        }
        live.accumulateAndGet(sum, Math::max);
    }

    /** The sum of the heap pools' peaks since the watch started, in bytes (an upper bound). */
    public long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : HEAP) {
            if (pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The most heap found live after a collection while the watch ran, in bytes. */
    public long liveAfterGc() {
        sample();
        return live.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** The heap the JVM may grow to ({@code -Xmx}), in bytes. */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
