/**
 * Index: keeps articles and events in an event store (a Lucene index in a folder) and answers searches over them.
 *
 * <p>Takes what the pipeline read from each article. Gives searches by actor (through every alias),
 * type, mode, place (a state through any of its names), country, date overlap and text, with facets,
 * read a page at a time. Writing goes through {@link org.parley.index.EventIndex} and reading through
 * {@link org.parley.index.EventReader}, so that the commands do not know which store holds the events.
 * Promises incremental updates (a changed article replaced, a removed one deleted), bounded work per article,
 * commits at checkpoints that cost what the run touched (the merge is by block, see
 * {@link org.parley.index.MergeBlocks}), a result equal to one merge of everything, and a clear refusal when
 * another run holds the index.
 */
package org.parley.index;
