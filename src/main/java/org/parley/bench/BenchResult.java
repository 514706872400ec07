package org.parley.bench;

import java.util.List;
import java.util.Map;
import org.parley.model.Problem;

/**
 * The figures of one benchmark run: raw Lucene's pass, Parley's pass over the same stories, and where
 * Parley's time went.
 *
 * @param threads  worker threads of both passes
 * @param warmup   articles sent through both paths before measuring
 * @param raw      the raw Lucene pass (the floor)
 * @param parley   Parley's pass
 * @param stages   CPU nanoseconds per stage of Parley's pass, summed over threads
 * @param events   events in Parley's index after the pass
 * @param problems inputs that could not be read, or articles the pipeline failed on
 */
public record BenchResult(int threads, int warmup, PhaseFigures raw, PhaseFigures parley, Map<Stage, Long> stages,
                          int events, List<Problem> problems) {
    public BenchResult {
        stages = Map.copyOf(stages);
        problems = List.copyOf(problems);
    }

    /** Parley's elapsed time over raw Lucene's: the figure the target (at most 6) is set on. */
    public double ratio() {
        return raw.wallNanos() == 0 ? 0 : (double) parley.wallNanos() / raw.wallNanos();
    }

    /** The same ratio of CPU time, which other processes on a shared machine disturb less. */
    public double cpuRatio() {
        return raw.cpuNanos() == 0 ? 0 : (double) parley.cpuNanos() / raw.cpuNanos();
    }
}
