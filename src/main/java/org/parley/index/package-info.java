/**
 * Index: keeps articles and events in an Apache Lucene index and answers searches over them.
 *
 * <p>Takes what the pipeline read from each article. Gives searches by actor (through every alias),
 * type, mode, place (a state through any of its names), country, date overlap and text, with facets.
 * Promises incremental updates (a changed article replaced, a removed one deleted), one commit per run,
 * and a clear refusal when another run holds the index.
 */
package org.parley.index;
