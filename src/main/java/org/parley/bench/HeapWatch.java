package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap one phase of the benchmark held: the peaks of the heap pools since {@link #reset()},
 * added up (an upper bound, as the pools need not peak at the same moment).
 */
public final class HeapWatch {
    private HeapWatch() {
    }

    /** Forgets the peaks so far, after a collection, so that the next phase starts from what is live. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}, in bytes. */
    public static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The heap the JVM may grow to ({@code -Xmx}), in bytes. */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
