package org.parley.index;

/**
 * How much work one article may cost an index run, so that no article's content can exhaust the heap: a longer text
 * is cut at the limit (at a paragraph's end where there is one), and events beyond the limit are dropped. Both are
 * reported, naming the file, the limit and the command-line flag that changes it.
 *
 * @param maxCharacters the longest body the pipeline reads ({@code --max-article-length})
 * @param maxEvents     the most events one article may give ({@code --max-article-events})
 */
public record ArticleLimits(int maxCharacters, int maxEvents) {
    /**
     * A million characters: some fifty times a long news story. The pipeline's transient heap for an article this long
     * is under 200 MB and what it keeps about 8 MB (BENCHMARKS.md, "Bounded work per article").
     */
    public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;
    /** A thousand: a long story tells a few dozen events; a digest of many, a few hundred. */
    public static final int DEFAULT_MAX_EVENTS = 1_000;

    public ArticleLimits {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive, was " + maxCharacters);
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be positive, was " + maxEvents);
        }
    }

    /** The limits Parley uses unless told otherwise. */
    public static ArticleLimits defaults() {
        return new ArticleLimits(DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_EVENTS);
    }

    /**
     * Where a body longer than the limit is cut: after the last paragraph break in the second half of the allowed
     * length, else after the last space there, else at the limit (never inside a surrogate pair).
     */
    int cutPoint(String body) {
        int max = maxCharacters;
        if (Character.isHighSurrogate(body.charAt(max - 1))) {
            max--;
        }
        int paragraph = body.lastIndexOf("\n\n", max - 2);
        if (paragraph >= max / 2) {
            return paragraph + 2;
        }
        for (int i = max - 1; i >= max / 2; i--) {
            if (Character.isWhitespace(body.charAt(i))) {
                return i + 1;
            }
        }
        return max;
    }
}
