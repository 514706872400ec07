package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * read again and replaced, new ones added, and the ones the source no longer has removed; then one commit.
 *
 * <p>The pipeline runs on worker threads; the index is written by the calling thread alone, in the
 * order the source gave the articles, so the result is the same with one thread or many. At most
 * {@value #IN_FLIGHT_PER_THREAD} articles a thread are in flight, so memory stays bounded for a source of any size.
 */
public final class Indexer {
    /**
     * Articles in flight per worker. The writer waits for the oldest one; with only two a worker, a long article at
     * the head left the other workers idle once they had finished the few behind it (4 s of idle workers in a profile
     * of Reuters-21578, see BENCHMARKS.md). Sixteen short news stories are a few hundred kilobytes.
     */
    static final int IN_FLIGHT_PER_THREAD = 16;

    private final ArticleSource source;
    private final Function<Article, ArticleEvents> pipeline;
    private final int threads;

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

    /** Runs the source into the index and commits once. */
    public IndexReport run(LuceneEventIndex index) throws IOException {
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
        int removed = 0;
        for (String id : List.copyOf(index.manifest().keySet())) {
            if (!run.seen.contains(id)) {
                index.removeArticle(id);
                removed++;
            }
        }
        int events = index.commit();
        return new IndexReport(run.read, run.added, run.unchanged, run.replaced, removed, events, run.problems);
    }

    /** The state of one run; touched only by the calling thread. */
    private final class Run {
        private final LuceneEventIndex index;
        private final Map<String, String> before;
        private final Set<String> seen = new HashSet<>();
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private final List<Problem> problems = new ArrayList<>();
        private int read;
        private int added;
        private int unchanged;
        private int replaced;

        Run(LuceneEventIndex index) {
            this.index = index;
            this.before = Map.copyOf(index.manifest());
        }

        void offer(Article article, ExecutorService workers) {
            read++;
            if (!seen.add(article.id())) {
                problems.add(new Problem(article.source(), "another article has the same id " + article.id(), "skipped"));
                return;
            }
            String old = before.get(article.id());
            if (old != null && old.equals(LuceneEventIndex.contentHash(article))) {
                unchanged++;
                return;
            }
            inFlight.add(new Pending(article, old != null, workers.submit(() -> pipeline.apply(article))));
            drain(IN_FLIGHT_PER_THREAD * threads);
        }

        /** Writes finished articles, in source order, until at most {@code keep} are in flight. */
        void drain(int keep) {
            while (inFlight.size() > keep) {
                Pending p = inFlight.removeFirst();
                try {
                    index.putArticle(p.result.get());
                    if (p.replacing) {
                        replaced++;
                    } else {
                        added++;
                    }
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
    }

    private record Pending(Article article, boolean replacing, Future<ArticleEvents> result) {
    }
}
