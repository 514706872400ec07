package org.parley.model;

import java.util.List;

/**
 * An article body split into sentences and tokens: what the text stage gives every later stage.
 *
 * @param text      the body that all offsets index into
 * @param sentences the sentences in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        java.util.Objects.requireNonNull(text, "text");
        sentences = Checks.list(sentences, "sentences");
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
