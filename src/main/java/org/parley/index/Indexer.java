package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.parley.event.ArticleEvents;
import org.parley.ingest.ArticleSource;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Brings an index up to date with a source of articles: unchanged articles are skipped, changed ones
 * read again and replaced, new ones added, and the ones the source no longer has removed.
 *
 * <p>The pipeline runs on worker threads; the index is written by the calling thread alone, in the
 * order the source gave the articles, so the result is the same with one thread or many. At most
 * {@value #IN_FLIGHT_PER_THREAD} articles a thread, and {@value #IN_FLIGHT_ARTICLE_LENGTHS} times the longest
 * article's length in characters, are in flight, and each article's work is bounded by {@link ArticleLimits}, so
 * memory stays bounded for a source of any size and articles of any length.
 *
 * <p>The run commits at {@link Checkpoints} and at the end: killed at any moment, it loses only the articles since the
 * last commit, and the next run skips the ones committed (they are unchanged) and goes on from there. Articles the
 * source no longer has are removed only at the end of a run that read the whole source.
 */
public final class Indexer {
    /**
     * Articles in flight per worker. The writer waits for the oldest one; with only two a worker, a long article at
     * the head left the other workers idle once they had finished the few behind it (4 s of idle workers in a profile
     * of Reuters-21578, see BENCHMARKS.md). Sixteen short news stories are a few hundred kilobytes.
     */
    static final int IN_FLIGHT_PER_THREAD = 16;
    /** Characters in flight at most, in longest articles: two workers on two such articles and the next two read. */
    static final int IN_FLIGHT_ARTICLE_LENGTHS = 4;

    private final ArticleSource source;
    private final Function<Article, ArticleEvents> pipeline;
    private final int threads;
    private ArticleLimits limits = ArticleLimits.defaults();
    private Checkpoints checkpoints = Checkpoints.defaults();
    private Shard shard = Shard.ALL;

    /** An indexer with one worker per available processor. */
    public Indexer(ArticleSource source, Function<Article, ArticleEvents> pipeline) {
        this(source, pipeline, Runtime.getRuntime().availableProcessors());
    }

    public Indexer(ArticleSource source, Function<Article, ArticleEvents> pipeline, int threads) {
        this.source = Objects.requireNonNull(source, "article source");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Sets how much work one article may cost; returns this indexer. */
    public Indexer limits(ArticleLimits l) {
        limits = Objects.requireNonNull(l, "article limits");
        return this;
    }

    /** Sets how often the run commits; returns this indexer. */
    public Indexer checkpoints(Checkpoints c) {
        checkpoints = Objects.requireNonNull(c, "checkpoints");
        return this;
    }

    /** Takes only one part of the source, the others' being other workers'; returns this indexer. */
    public Indexer shard(Shard s) {
        shard = Objects.requireNonNull(s, "shard");
        return this;
    }

    /** Runs the source into the index, committing at each checkpoint and at the end. */
    public IndexReport run(EventIndex index) throws IOException {
        Run run = new Run(index);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            source.read(article -> run.offer(article, workers), run.problems::add);
            run.drain(0);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workers.shutdownNow();
        }
        List<String> gone = new ArrayList<>();
        index.forEachArticleId(id -> {
            if (!run.seen.contains(id) && shard.owns(id)) {
                gone.add(id);
            }
        });
        for (String id : gone) {
            index.removeArticle(id);
            run.written();
        }
        long events = index.commit();
        return new IndexReport(run.read, run.added, run.unchanged, run.replaced, gone.size(), events, run.problems);
    }

    /** The state of one run; touched only by the calling thread. */
    private final class Run {
        private final EventIndex index;
        private final Set<String> seen = new HashSet<>();
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private final List<Problem> problems = new ArrayList<>();
        private int read;
        private int added;
        private int unchanged;
        private int replaced;
        private long inFlightCharacters;
        private int sinceCommit;
        private long lastCommit = System.nanoTime();

        Run(EventIndex index) {
            this.index = index;
        }

        void offer(Article article, ExecutorService workers) {
            if (!shard.owns(article.id())) {
                return; // another worker's
            }
            read++;
            if (!seen.add(article.id())) {
                problems.add(new Problem(article.source(), "another article has the same id " + article.id(), "skipped"));
                return;
            }
            String hash = EventIndex.contentHash(article);
            String old;
            try {
                old = index.storedHash(article.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (hash.equals(old)) {
                unchanged++;
                return;
            }
            Article read = article;
            if (article.body().length() > limits.maxCharacters()) {
                read = new Article(article.id(), article.source(), article.url(), article.published(), article.title(),
                        article.body().substring(0, limits.cutPoint(article.body())));
                problems.add(new Problem(article.source(), String.format(Locale.ROOT,
                        "article of %,d characters is longer than the limit of %,d (--max-article-length)",
                        article.body().length(), limits.maxCharacters()),
                        String.format(Locale.ROOT, "cut to its first %,d characters", read.body().length())));
            }
            Article toRead = read;
            inFlight.add(new Pending(article, hash, old != null, toRead.body().length(),
                    workers.submit(() -> pipeline.apply(toRead))));
            inFlightCharacters += toRead.body().length();
            drain(IN_FLIGHT_PER_THREAD * threads);
        }

        /**
         * Writes finished articles, in source order, until at most {@code keep} are in flight and their characters are
         * within {@value #IN_FLIGHT_ARTICLE_LENGTHS} longest articles.
         */
        void drain(int keep) {
            long maxCharacters = (long) IN_FLIGHT_ARTICLE_LENGTHS * limits.maxCharacters();
            while (inFlight.size() > keep || inFlight.size() > 1 && inFlightCharacters > maxCharacters) {
                Pending p = inFlight.removeFirst();
                inFlightCharacters -= p.characters;
                try {
                    ArticleEvents ae = p.result.get();
                    index.putArticle(capped(p.article, ae), p.hash);
                    if (p.replacing) {
                        replaced++;
                    } else {
                        added++;
                    }
                    written();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    // the old version, if any, stays: a pipeline failure is no reason to lose an article
                    problems.add(new Problem(p.article.source(), "cannot read article: " + cause, "skipped"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("index run interrupted", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** An article's events within the limit, the rest dropped and said so. */
        private ArticleEvents capped(Article article, ArticleEvents ae) {
            int max = limits.maxEvents();
            if (ae.events().size() <= max) {
                return ae;
            }
            problems.add(new Problem(article.source(), String.format(Locale.ROOT,
                    "article gave %,d events, more than the limit of %,d (--max-article-events)", ae.events().size(), max),
                    String.format(Locale.ROOT, "kept the first %,d", max)));
            return new ArticleEvents(ae.article(), ae.events().subList(0, max));
        }

        /** Counts one article written and commits when a checkpoint is due. */
        void written() {
            sinceCommit++;
            long now = System.nanoTime();
            if (sinceCommit >= checkpoints.articles() || now - lastCommit >= checkpoints.interval().toNanos()) {
                try {
                    index.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sinceCommit = 0;
                lastCommit = System.nanoTime();
            }
        }
    }

    private record Pending(Article article, String hash, boolean replacing, int characters, Future<ArticleEvents> result) {
    }
}
