package org.parley.bench;

/**
 * What one measured pass over the corpus took.
 *
 * @param articles   articles indexed
 * @param characters characters of body text
 * @param wallNanos  elapsed time
 * @param cpuNanos   CPU time of the whole process (every thread, the JIT and the collector too)
 * @param peakHeap   the most heap held, garbage included, in bytes
 * @param liveHeap   the most heap still live after a collection, in bytes
 * @param indexBytes the size of the index on disk after the pass
 */
public record PhaseFigures(long articles, long characters, long wallNanos, long cpuNanos, long peakHeap,
                           long liveHeap, long indexBytes) {

    /** Articles per second of elapsed time. */
    public double articlesPerSecond() {
        return wallNanos == 0 ? 0 : articles * 1e9 / wallNanos;
    }
}
