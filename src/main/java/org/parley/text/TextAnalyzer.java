package org.parley.text;

import org.parley.model.AnalyzedText;

/** Splits a text into sentences and tokens with character offsets and parts of speech. */
public interface TextAnalyzer {
    /** The sentences and tokens of a text; offsets index into {@code text}. Thread-safe. */
    AnalyzedText analyze(String text);
}
