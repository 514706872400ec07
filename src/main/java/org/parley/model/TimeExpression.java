package org.parley.model;

import java.util.Objects;

/**
 * A time expression found in a text, with what it means.
 *
 * @param start offset of its first character (Java {@code String} index into the tagged text)
 * @param end   offset after its last character
 * @param text  the words themselves
 * @param value what they mean
 */
public record TimeExpression(int start, int end, String text, TimeValue value) {
    public TimeExpression {
        Checks.span(start, end, "time expression '" + text + "'");
        Checks.text(text, "time expression text");
        Objects.requireNonNull(value, () -> "time expression '" + text + "' has no value");
    }
}
