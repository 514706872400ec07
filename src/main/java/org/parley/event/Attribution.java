package org.parley.event;

import java.util.List;

/**
 * Who a sentence says its news comes from, and where the sentence names them.
 *
 * @param source the source as named ("three Russian sources", "RT"), or {@code null}
 * @param spans  the stretches that name it, whose actors are the report's, not the event's
 */
record Attribution(String source, List<Span> spans) {
    Attribution {
        spans = List.copyOf(spans);
    }
}
