package org.parley.model;

import java.util.List;

/**
 * A sentence of an article body with its tokens.
 *
 * @param index  position of the sentence in the body, from 0
 * @param start  offset of its first character in the body
 * @param end    offset after its last character
 * @param text   the sentence as it stands in the body ({@code body.substring(start, end)})
 * @param tokens its tokens, in order, with body offsets; may be a {@link LazyList} computed on first read
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        Checks.span(start, end, "sentence " + index);
        if (text.length() != end - start) {
            throw new IllegalArgumentException("sentence " + index + " text length " + text.length()
                    + " does not match its span [" + start + ", " + end + ")");
        }
        // A lazy list stays lazy: copying it would compute the tokens nobody may read.
        tokens = tokens instanceof LazyList ? tokens : Checks.list(tokens, "tokens");
    }

    /** Whether a body offset falls inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
