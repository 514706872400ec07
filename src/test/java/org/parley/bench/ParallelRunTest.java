package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.event.EventJson;
import org.parley.index.EventSearcher;
import org.parley.index.Indexer;
import org.parley.index.LuceneEventIndex;
import org.parley.ingest.ArticleSource;
import org.parley.model.Event;

/** Worker threads change how fast Parley runs, never what it finds. */
class ParallelRunTest {
    private static final Path REUTERS = Path.of("..", "shared", "corpora", "reuters21578");

    private static PipelineStages stages;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadStages() {
        stages = PipelineStages.standard();
    }

    private List<String> eventsJson(ArticleSource source, int threads, String name) throws IOException {
        Path where = dir.resolve(name);
        try (LuceneEventIndex index = LuceneEventIndex.open(where, stages.merger())) {
            new Indexer(source, stages.pipeline()::read, threads).run(index);
        }
        List<String> json = new ArrayList<>();
        try (EventSearcher searcher = EventSearcher.open(where)) {
            for (Event e : searcher.allEvents()) {
                json.add(EventJson.toJson(e));
            }
        }
        return json;
    }

    private void assertSameEvents(Path corpus, int limit) throws IOException {
        List<String> one = eventsJson(new CorpusSource(corpus, limit, new StageClock()), 1, "one");
        List<String> four = eventsJson(new CorpusSource(corpus, limit, new StageClock()), 4, "four");
        assertFalse(one.isEmpty(), "the sample should hold events, or the comparison proves nothing");
        assertEquals(one, four);
    }

    @Test
    void fourThreadsFindTheSameEventsAsOneOnTheBundledArticles() throws IOException {
        assertSameEvents(Path.of("data", "articles"), CorpusSource.ALL);
    }

    @Test
    void fourThreadsFindTheSameEventsAsOneOnReuters() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REUTERS), "../shared not present: skipping the Reuters sample");
        assertSameEvents(REUTERS, 300);
    }
}
