package org.parley.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.event.ArticleEvents;
import org.parley.event.HappeningMerger;
import org.parley.ingest.ArticleSource;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Problem;

/**
 * A child process for {@link CheckpointTest}: an index run over {@link #ARTICLES} made-up articles that commits every
 * few articles, saying "put N" after each article written and "commit N" after each commit, so that the test can
 * kill it at chosen moments. Articles report a few calls and meetings of the same people, so they merge across
 * articles and a lost or doubled report shows in the events.
 */
public final class CheckpointedRun {
    static final int ARTICLES = 45;
    static final int COMMIT_EVERY = 5;

    private CheckpointedRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long pause = Long.parseLong(args[1]);
        try (EventIndex index = new Announced(LuceneEventIndex.open(dir, new HappeningMerger()))) {
            new Indexer(source(), slowly(pause), 1)
                    .checkpoints(new Checkpoints(COMMIT_EVERY, java.time.Duration.ofHours(1))).run(index);
        }
        System.out.println("done");
    }

    /** The articles, always the same. */
    static ArticleSource source() {
        return (Consumer<Article> out, Consumer<Problem> problems) -> {
            for (int i = 0; i < ARTICLES; i++) {
                out.accept(Fixtures.article("ck" + i, "Report " + i + " of the calls and the meetings."));
            }
        };
    }

    /** Article i: a call of Sullivan and Ushakov in one of three months, a meeting of Putin and Erdogan on one of five days. */
    static final Function<Article, ArticleEvents> PIPELINE = a -> {
        int i = Integer.parseInt(a.id().substring(2));
        List<Event> events = new ArrayList<>();
        events.add(Fixtures.event("call-" + i, EventType.CALL, Fixtures.month("2024-0" + (1 + i % 3)), null, a.id(),
                "Sullivan and Ushakov spoke, report " + i + ".", Fixtures.SULLIVAN, Fixtures.USHAKOV));
        events.add(Fixtures.event("meet-" + i, EventType.MEET, Fixtures.day("2024-03-0" + (1 + i % 5)), "Ankara", a.id(),
                "Putin met Erdogan, report " + i + ".", Fixtures.PUTIN, Fixtures.ERDOGAN));
        return Fixtures.articleEvents(a, events);
    };

    private static Function<Article, ArticleEvents> slowly(long pause) {
        return a -> {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PIPELINE.apply(a);
        };
    }

    /** An index that says what it did on standard output, as it does it. */
    private static final class Announced implements EventIndex {
        private final EventIndex index;
        private int put;

        Announced(EventIndex index) {
            this.index = index;
        }

        @Override
        public String location() {
            return index.location();
        }

        @Override
        public String storedHash(String articleId) throws IOException {
            return index.storedHash(articleId);
        }

        @Override
        public void forEachArticleId(Consumer<String> action) throws IOException {
            index.forEachArticleId(action);
        }

        @Override
        public void putArticle(ArticleEvents article, String contentHash) throws IOException {
            index.putArticle(article, contentHash);
            System.out.println("put " + ++put);
            System.out.flush();
        }

        @Override
        public void removeArticle(String articleId) throws IOException {
            index.removeArticle(articleId);
        }

        @Override
        public long commit() throws IOException {
            long events = index.commit();
            System.out.println("commit " + put);
            System.out.flush();
            return events;
        }

        @Override
        public void close() throws IOException {
            index.close();
        }
    }
}
