package org.parley.text;

/**
 * A text {@link RequiredLiterals#fold folded} for {@link RequiredLiterals}, with a record of the pairs of
 * neighbouring characters it holds, so that most words it lacks are ruled out without searching it.
 *
 * <p>Why: the event extractor asks a sentence for some two hundred trigger and cue words, nearly all absent; two bit
 * tests per word cost less than a search of the sentence each (see BENCHMARKS.md). A pair is recorded by six bits of
 * each of its characters, so a recorded pair may stand for another one too: the test then falls back to the search,
 * and its answer is always that of {@code text().contains(word)}. Immutable, so shared freely between threads.
 */
public final class FoldedText {
    private final String text;
    /** 4,096 bits, one per pair of characters (six low bits of each). */
    private final long[] pairs = new long[64];

    private FoldedText(String text) {
        this.text = text;
        for (int i = 0; i + 1 < text.length(); i++) {
            int pair = pair(text.charAt(i), text.charAt(i + 1));
            pairs[pair >>> 6] |= 1L << (pair & 63);
        }
    }

    /** A text folded and its pairs recorded. */
    public static FoldedText of(CharSequence text) {
        return new FoldedText(RequiredLiterals.fold(text));
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    /** Whether the folded text holds a folded word. */
    public boolean contains(String word) {
        for (int i = 0; i + 1 < word.length() && i < 2; i++) {
            int pair = pair(word.charAt(i), word.charAt(i + 1));
            if ((pairs[pair >>> 6] & 1L << (pair & 63)) == 0) {
                return false;
            }
        }
        return text.contains(word);
    }

    private static int pair(char a, char b) {
        return (a & 63) << 6 | b & 63;
    }
}
