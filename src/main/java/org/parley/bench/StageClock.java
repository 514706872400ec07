package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the CPU time each {@link Stage} takes, over every thread that runs it.
 *
 * <p>CPU time, not wall time: the machine is shared, and a stage that waits for a core another
 * process holds should not look slow. Thread-safe: workers add to it concurrently.
 */
public final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** The CPU time the calling thread has used so far, in nanoseconds. */
    public static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Runs a piece of one stage on the calling thread and adds its CPU time to the stage. */
    public <T> T time(Stage stage, Supplier<T> work) {
        long start = threadCpu();
        try {
            return work.get();
        } finally {
            add(stage, threadCpu() - start);
        }
    }

    /** Adds CPU time measured elsewhere to a stage. */
    public void add(Stage stage, long cpuNanos) {
        nanos.get(stage).add(cpuNanos);
    }

    /** The CPU time of one stage so far, in nanoseconds. */
    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** The CPU time of every stage so far. */
    public Map<Stage, Long> snapshot() {
        Map<Stage, Long> m = new EnumMap<>(Stage.class);
        nanos.forEach((s, n) -> m.put(s, n.sum()));
        return m;
    }
}
