/**
 * Bench: measures Parley's throughput against the floor that raw Lucene indexing sets.
 *
 * <p>Takes a corpus (Reuters-21578). Gives figures: articles, characters, events, time per stage, articles
 * per second, peak heap, index size and the ratio of Parley's time to raw Lucene's. Sees every stage; no
 * stage sees it.
 */
package org.parley.bench;
