package org.parley.event;

/**
 * A stretch of the article body, {@code [start, end)}.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
record Span(int start, int end) {
    /** Whether a stretch lies wholly inside this one. */
    boolean holds(int from, int to) {
        return from >= start && to <= end;
    }

    /** Whether an offset falls inside this stretch. */
    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
