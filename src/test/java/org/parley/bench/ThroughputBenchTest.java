package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A small run of the benchmark: figures that say what it measured, not how fast (that is BENCHMARKS.md). */
class ThroughputBenchTest {
    @Test
    void bothPassesSeeTheSameStoriesAndEveryStageIsTimed() throws IOException {
        AtomicInteger articles = new AtomicInteger();
        ThroughputBench.Listener counting = new ThroughputBench.Listener() {
            @Override
            public void start(String pass, long total) {
            }

            @Override
            public void article() {
                articles.incrementAndGet();
            }

            @Override
            public void end() {
            }
        };
        BenchResult r = new ThroughputBench(Path.of("data", "articles"), 2, 10, 2, PipelineStages.standard())
                .run(counting);
        assertEquals(10, r.raw().articles());
        assertEquals(10, r.parley().articles());
        assertEquals(r.raw().characters(), r.parley().characters());
        assertEquals(20, articles.get(), "the listener hears every article of both measured passes, not the warm-up");
        assertTrue(r.events() > 0, "the bundled articles hold events");
        for (Stage s : new Stage[] {Stage.INGEST, Stage.TEXT, Stage.TIME, Stage.ACTORS, Stage.EVENTS, Stage.INDEX}) {
            assertTrue(r.stages().get(s) > 0, s + " should have been timed");
        }
        assertTrue(r.parley().indexBytes() > 0 && r.raw().indexBytes() > 0);
        assertTrue(r.ratio() > 0 && r.cpuRatio() > 0);
    }
}
