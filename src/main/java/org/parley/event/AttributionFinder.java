package org.parley.event;

import org.parley.model.Sentence;

/**
 * The pass that finds who a sentence attributes its news to ("according to three Russian sources", "RT said",
 * "..., Moscow said."). It runs first, so that the source's words are not taken for the event's parties.
 */
interface AttributionFinder {
    /** The attribution of a sentence; {@code source} null when it names none. */
    Attribution find(ArticleView article, Sentence sentence);
}
