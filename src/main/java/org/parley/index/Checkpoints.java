package org.parley.index;

import java.time.Duration;

/**
 * How often a long index run commits, so that a crash or a kill loses at most the work since the last commit: after
 * every so many articles written, or once so much time has passed since the last commit, whichever comes first, and
 * always at the end. A commit costs what the articles since the last one touched (the merge is by block), so frequent
 * checkpoints are cheap.
 *
 * @param articles articles written (added, replaced or removed) between two commits at most
 * @param interval time between two commits at most, checked after each article
 */
public record Checkpoints(int articles, Duration interval) {
    /**
     * Ten thousand articles, some twenty seconds of pipeline work on Reuters-21578 on two cores. A commit merges again
     * the components the articles since the last one touched, which in a year of news chain widely (a date of "1987"
     * can join any month's happening): on Reuters a commit every thousand articles cost the index stage 12.9 CPU
     * seconds instead of 5.7 for one commit, every ten thousand 6.7 (BENCHMARKS.md).
     */
    public static final int DEFAULT_ARTICLES = 10_000;
    /** A minute of work lost at most, whatever the articles' length. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    public Checkpoints {
        if (articles < 1) {
            throw new IllegalArgumentException("articles between checkpoints must be at least 1, was " + articles);
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("time between checkpoints must be positive, was " + interval);
        }
    }

    /** The checkpoints Parley makes unless told otherwise. */
    public static Checkpoints defaults() {
        return new Checkpoints(DEFAULT_ARTICLES, DEFAULT_INTERVAL);
    }
}
