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
    /** A thousand articles: on Reuters-21578 about two seconds of pipeline work on two cores. */
    public static final int DEFAULT_ARTICLES = 1_000;
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
