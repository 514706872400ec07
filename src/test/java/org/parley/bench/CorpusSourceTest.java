package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;

class CorpusSourceTest {
    private static final Path ARTICLES = Path.of("data", "articles");

    @Test
    void limitCutsTheCorpusAndCountsWhatItGave() {
        StageClock clock = new StageClock();
        CorpusSource source = new CorpusSource(ARTICLES, 3, clock);
        List<Article> got = new ArrayList<>();
        source.read(got::add, p -> { });
        assertEquals(3, got.size());
        assertEquals(3, source.articles());
        assertEquals(got.stream().mapToLong(a -> a.body().length()).sum(), source.characters());
        assertTrue(clock.nanos(Stage.INGEST) > 0, "reading should cost ingest time");
    }

    @Test
    void withoutLimitItGivesWhatTheFolderGives() {
        List<String> folder = new ArrayList<>();
        new ArticleFolder(ARTICLES).read(a -> folder.add(a.id()), p -> { });
        List<String> limited = new ArrayList<>();
        new CorpusSource(ARTICLES, 1000, new StageClock()).read(a -> limited.add(a.id()), p -> { });
        assertEquals(folder, limited, "reading file by file must give the same articles, ids and order");
    }

    @Test
    void timeSpentDownstreamIsNotIngestTime() {
        StageClock clock = new StageClock();
        CorpusSource source = new CorpusSource(ARTICLES, CorpusSource.ALL, clock);
        long before = StageClock.threadCpu();
        source.read(a -> {
            long until = StageClock.threadCpu() + 20_000_000L;
            while (StageClock.threadCpu() < until) {
                Thread.onSpinWait();
            }
        }, p -> { });
        long total = StageClock.threadCpu() - before;
        long downstream = source.articles() * 20_000_000L;
        assertTrue(clock.nanos(Stage.INGEST) <= total - downstream + 5_000_000L,
                "ingest " + clock.nanos(Stage.INGEST) + " ns of " + total + " ns with " + downstream + " ns downstream");
    }
}
