package org.parley.model;

import java.util.List;

/**
 * An article body split into sentences and tokens: what the text stage gives every later stage, with the dateline
 * ingest marked on the article, so that the time and actor stages read the one mark rather than look for it again.
 *
 * @param text      the body that all offsets index into
 * @param sentences the sentences in order
 * @param dateline  the article's dateline, {@link Dateline#NONE} for a text without one
 */
public record AnalyzedText(String text, List<Sentence> sentences, Dateline dateline) {
    public AnalyzedText {
        java.util.Objects.requireNonNull(text, "text");
        sentences = Checks.list(sentences, "sentences");
        java.util.Objects.requireNonNull(dateline, "dateline (Dateline.NONE for none)");
    }

    /** A text with no dateline marked. */
    public AnalyzedText(String text, List<Sentence> sentences) {
        this(text, sentences, Dateline.NONE);
    }

    /** The same text with an article's dateline marked on it. */
    public AnalyzedText withDateline(Dateline mark) {
        return new AnalyzedText(text, sentences, mark);
    }

    /** The sentence holding a body offset, or {@code null} when the offset is between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
