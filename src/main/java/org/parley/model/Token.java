package org.parley.model;

/**
 * A token of a sentence with its part of speech (Universal Dependencies tags from OpenNLP's English model).
 *
 * @param start offset of the first character in the article body
 * @param end   offset after the last character
 * @param text  the characters themselves
 * @param pos   the part-of-speech tag, e.g. {@code VERB}, {@code PROPN}; empty when not tagged
 */
public record Token(int start, int end, String text, String pos) {
    public Token {
        Checks.span(start, end, "token '" + text + "'");
        pos = pos == null ? "" : pos;
    }
}
