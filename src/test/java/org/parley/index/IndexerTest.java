package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.event.ArticleEvents;
import org.parley.event.EventJson;
import org.parley.ingest.ArticleSource;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Problem;

class IndexerTest {
    @TempDir
    Path dir;

    /** A source over a list the test changes between runs. */
    static final class ListSource implements ArticleSource {
        final List<Article> articles = new ArrayList<>();

        @Override
        public void read(java.util.function.Consumer<Article> out, java.util.function.Consumer<Problem> problems) {
            articles.forEach(out);
        }
    }

    /** Each body line "event-id: sentence" reports that event. */
    static final AtomicInteger CALLS = new AtomicInteger();
    static final Function<Article, ArticleEvents> PIPELINE = a -> {
        CALLS.incrementAndGet();
        List<Event> events = new ArrayList<>();
        for (String line : a.body().split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                events.add(Fixtures.event(line.substring(0, colon), EventType.CALL, Fixtures.month("2024-01"), null,
                        a.id(), line.substring(colon + 1).strip(), Fixtures.SULLIVAN, Fixtures.USHAKOV));
            }
        }
        return Fixtures.articleEvents(a, events);
    };

    private IndexReport run(ListSource source, Path where, int threads) throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(where, Fixtures.BY_ID)) {
            return new Indexer(source, PIPELINE, threads).run(index);
        }
    }

    private List<Event> events(Path where) throws IOException {
        try (EventSearcher s = EventSearcher.open(where)) {
            return s.allEvents();
        }
    }

    private static long commitGeneration(Path where) throws IOException {
        try (var d = FSDirectory.open(where); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getGeneration();
        }
    }

    private static ListSource threeArticles() {
        ListSource src = new ListSource();
        src.articles.add(Fixtures.article("a1", "call-jan: Sullivan phoned Ushakov.\nmeet-x: They met."));
        src.articles.add(Fixtures.article("a2", "call-jan: Three sources said Sullivan called Ushakov."));
        src.articles.add(Fixtures.article("a3", "talk-y: Ushakov talked."));
        return src;
    }

    @Test
    void reportsOfOneCallFromSeveralArticlesBecomeOneEvent() throws IOException {
        IndexReport r = run(threeArticles(), dir, 2);
        assertEquals(new IndexReport(3, 3, 0, 0, 0, 3, List.of()), r);
        Event call = events(dir).stream().filter(e -> e.id().equals("call-jan")).findFirst().orElseThrow();
        assertEquals(List.of("a1", "a2"), call.mentions().stream().map(Mention::article).toList());
    }

    @Test
    void indexingTheSameSourceTwiceChangesNothing() throws IOException {
        ListSource src = threeArticles();
        run(src, dir, 2);
        long generation = commitGeneration(dir);
        List<Event> before = events(dir);
        CALLS.set(0);
        IndexReport again = run(src, dir, 2);
        assertEquals(new IndexReport(3, 0, 3, 0, 0, 3, List.of()), again);
        assertEquals(0, CALLS.get(), "unchanged articles are not read again");
        assertEquals(generation, commitGeneration(dir), "no new commit");
        assertEquals(before, events(dir));
    }

    @Test
    void aChangedArticleIsReplaced() throws IOException {
        ListSource src = threeArticles();
        run(src, dir, 2);
        src.articles.set(2, Fixtures.article("a3", "talk-y: Ushakov talked.\nmeet-z: They met again."));
        IndexReport r = run(src, dir, 2);
        assertEquals(new IndexReport(3, 0, 2, 1, 0, 4, List.of()), r);
        assertTrue(events(dir).stream().anyMatch(e -> e.id().equals("meet-z")));
    }

    @Test
    void aRemovedArticleTakesOnlyItsOwnMentionsAway() throws IOException {
        ListSource src = threeArticles();
        run(src, dir, 2);
        src.articles.remove(1);
        IndexReport r = run(src, dir, 2);
        assertEquals(new IndexReport(2, 0, 2, 0, 1, 3, List.of()), r);
        Event call = events(dir).stream().filter(e -> e.id().equals("call-jan")).findFirst().orElseThrow();
        assertEquals(List.of("a1"), call.mentions().stream().map(Mention::article).toList());
        src.articles.remove(0);
        run(src, dir, 2);
        assertEquals(List.of("talk-y"), events(dir).stream().map(Event::id).toList());
    }

    @Test
    void manyThreadsGiveTheSameIndexAsOne(@TempDir Path other) throws IOException {
        ListSource src = new ListSource();
        for (int i = 0; i < 60; i++) {
            src.articles.add(Fixtures.article("art" + i, "call-" + (i % 7) + ": Sullivan phoned Ushakov " + i + ".\n"
                    + "meet-" + i + ": They met."));
        }
        Function<Article, ArticleEvents> slowly = a -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PIPELINE.apply(a);
        };
        try (LuceneEventIndex one = LuceneEventIndex.open(dir, Fixtures.BY_ID);
             LuceneEventIndex many = LuceneEventIndex.open(other, Fixtures.BY_ID)) {
            assertEquals(new Indexer(src, slowly, 1).run(one), new Indexer(src, slowly, 4).run(many));
        }
        assertEquals(events(dir).stream().map(EventJson::toJson).toList(), events(other).stream().map(EventJson::toJson).toList());
    }

    @Test
    void anArticleThePipelineCannotReadIsReportedAndTheRestIndexed() throws IOException {
        ListSource src = threeArticles();
        Function<Article, ArticleEvents> failing = a -> {
            if (a.id().equals("a2")) {
                throw new IllegalStateException("tagger broke");
            }
            return PIPELINE.apply(a);
        };
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            IndexReport r = new Indexer(src, failing, 2).run(index);
            assertEquals(2, r.added());
            assertEquals(1, r.problems().size());
            assertEquals("a2.txt", r.problems().get(0).source());
            assertTrue(r.problems().get(0).what().contains("tagger broke"), r.problems().get(0).what());
        }
    }

    @Test
    void anArticleOverTheLengthLimitIsReadOnlyUpToItAndNamedAndAnUnchangedOneIsSkippedNextTime() throws IOException {
        ListSource src = new ListSource();
        String paragraph = "call-jan: Sullivan phoned Ushakov.\n\n";
        src.articles.add(Fixtures.article("long", paragraph.repeat(100)));
        src.articles.add(Fixtures.article("a2", "call-jan: Three sources said Sullivan called Ushakov."));
        List<Integer> lengths = new ArrayList<>();
        Function<Article, ArticleEvents> measuring = a -> {
            synchronized (lengths) {
                lengths.add(a.body().length());
            }
            return PIPELINE.apply(a);
        };
        ArticleLimits limits = new ArticleLimits(500, ArticleLimits.DEFAULT_MAX_EVENTS);
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            IndexReport r = new Indexer(src, measuring, 2).limits(limits).run(index);
            assertEquals(2, r.added(), "the long article is indexed, cut");
            assertEquals(1, r.problems().size(), r.problems().toString());
            Problem p = r.problems().get(0);
            assertEquals("long.txt", p.source());
            assertTrue(p.what().contains("3,600 characters") && p.what().contains("limit of 500")
                    && p.what().contains("--max-article-length"), p.what());
            int cut = paragraph.length() * (500 / paragraph.length());
            assertEquals("cut to its first " + String.format(java.util.Locale.ROOT, "%,d", cut) + " characters", p.action(),
                    "cut after the last whole paragraph");
        }
        assertTrue(lengths.stream().allMatch(n -> n <= 500), "the pipeline never read past the limit: " + lengths);
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            IndexReport again = new Indexer(src, measuring, 2).limits(limits).run(index);
            assertEquals(2, again.unchanged(), "a cut article is unchanged when its file is: " + again.summary());
            assertTrue(again.problems().isEmpty());
        }
    }

    @Test
    void eventsBeyondTheLimitAreDroppedAndTheArticleNamed() throws IOException {
        ListSource src = new ListSource();
        src.articles.add(Fixtures.article("many", "e1: One.\ne2: Two.\ne3: Three.\ne4: Four.\ne5: Five."));
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            IndexReport r = new Indexer(src, PIPELINE, 1).limits(new ArticleLimits(1000, 2)).run(index);
            assertEquals(1, r.problems().size());
            Problem p = r.problems().get(0);
            assertTrue(p.what().contains("gave 5 events") && p.what().contains("--max-article-events"), p.what());
            assertEquals("kept the first 2", p.action());
        }
        assertEquals(List.of("e1", "e2"), events(dir).stream().map(Event::id).sorted().toList());
    }

    @Test
    void aRunCommitsAtItsCheckpoints() throws IOException {
        ListSource src = new ListSource();
        for (int i = 0; i < 7; i++) {
            src.articles.add(Fixtures.article("c" + i, "call-" + i + ": They spoke."));
        }
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            long start = commitGeneration(dir);
            new Indexer(src, PIPELINE, 1).checkpoints(new Checkpoints(3, java.time.Duration.ofHours(1))).run(index);
            assertEquals(start + 3, commitGeneration(dir), "after articles 3 and 6, and at the end");
        }
    }
}
