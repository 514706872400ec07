/**
 * Bench: measures Parley's throughput against the floor that raw Lucene indexing sets.
 *
 * <p>Takes a corpus (Reuters-21578, or any folder Parley ingests). Gives figures: articles, characters,
 * events, CPU time per stage, articles per second, peak and live heap, index size and the ratio of Parley's
 * time to raw Lucene's ({@link org.parley.bench.ThroughputBench}); and the CPU time of one stage alone
 * on prepared inputs ({@link org.parley.bench.StageHarness}), so that a regression in one stage shows.
 * Times the stages through their interfaces ({@link org.parley.bench.PipelineStages#timed}), so no stage
 * knows it is measured. Sees every stage; no stage sees it.
 */
package org.parley.bench;
