package org.parley.index;

import org.parley.model.Event;

/**
 * One event a search found, with its score and the evidence sentence that best shows the match.
 *
 * @param event    the event as stored (the JSON of DESIGN.md read back)
 * @param score    the relevance score; 0 when the search had no words
 * @param evidence the best sentence with the matched words marked
 */
public record EventHit(Event event, float score, Evidence evidence) {
}
