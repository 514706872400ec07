package org.parley.event;

import java.util.List;

/**
 * Who a sentence says its news comes from, and where the sentence names them.
 *
 * @param source the source as named ("three Russian sources", "RT"), or {@code null}
 * @param spans  the stretches that name it, whose actors are the report's, not the event's
 * @param rule   the id of the way the source was found ({@link Reasons}), or {@code null} with no source
 */
record Attribution(String source, List<Span> spans, String rule) {
    Attribution {
        spans = List.copyOf(spans);
    }
}
