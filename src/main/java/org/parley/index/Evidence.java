package org.parley.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence that proves an event, with the words that matched the search marked, so a reader
 * sees at a glance why the event was found. Marks are spans, not markup: each output escapes the
 * text its own way and marks it its own way.
 *
 * @param text  the sentence
 * @param marks the matched words, as [start, end) offsets into {@code text}, in order, not overlapping
 */
public record Evidence(String text, List<Span> marks) {
    public Evidence {
        marks = List.copyOf(marks);
    }

    /** A matched word or phrase. */
    public record Span(int start, int end) {
    }

    /** One piece of the sentence, marked or not: what templates iterate over. */
    public record Segment(String text, boolean marked) {
    }

    /** The sentence cut into marked and unmarked pieces, in order. */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Span s : marks) {
            if (s.start() > at) {
                out.add(new Segment(text.substring(at, s.start()), false));
            }
            out.add(new Segment(text.substring(s.start(), s.end()), true));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }

    /** The sentence with each marked piece between {@code open} and {@code close} (no escaping). */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments()) {
            b.append(s.marked() ? open + s.text() + close : s.text());
        }
        return b.toString();
    }
}
