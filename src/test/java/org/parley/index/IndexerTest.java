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
}
