package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.event.ArticleEvents;
import org.parley.event.ArticlePipeline;
import org.parley.index.IndexReport;
import org.parley.index.Indexer;
import org.parley.index.LuceneEventIndex;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Measures Parley against raw Lucene on one corpus, in one process: a warm-up through both paths, then
 * raw Lucene over every story, then Parley's whole pipeline over the same stories through the real
 * {@link Indexer} and {@link LuceneEventIndex}, each into a fresh temporary folder.
 *
 * <p>Both passes read the corpus with Parley's ingest and use the same number of worker threads, so the
 * ratio counts only what Parley adds on top of indexing the text.
 */
public final class ThroughputBench {
    /** Hears how a measured pass gets on, for a progress display; called from several threads. */
    public interface Listener {
        /** A pass starts; {@code total} is its number of articles, or -1 when not known yet. */
        void start(String pass, long total);

        /** One more article is through. */
        void article();

        /** The pass ended. */
        void end();

        /** Hears nothing. */
        Listener NONE = new Listener() {
            @Override
            public void start(String pass, long total) {
            }

            @Override
            public void article() {
            }

            @Override
            public void end() {
            }
        };
    }

    private final Path corpus;
    private final int threads;
    private final int limit;
    private final int warmup;
    private final PipelineStages stages;

    /**
     * @param corpus  the corpus folder (or file)
     * @param threads worker threads of both passes
     * @param limit   at most this many articles ({@link CorpusSource#ALL} for all)
     * @param warmup  articles sent through both paths before measuring
     * @param stages  Parley's stages, untimed
     */
    public ThroughputBench(Path corpus, int threads, int limit, int warmup, PipelineStages stages) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.corpus = corpus;
        this.threads = threads;
        this.limit = limit;
        this.warmup = Math.max(0, warmup);
        this.stages = stages;
    }

    /** Runs the warm-up and both measured passes. */
    public BenchResult run(Listener listener) throws IOException {
        if (warmup > 0) {
            int n = Math.min(warmup, limit);
            rawPass(n, Listener.NONE);
            parleyPass(n, new StageClock(), new ArrayList<>(), Listener.NONE, -1);
        }
        PhaseFigures raw = rawPass(limit, listener);
        StageClock clock = new StageClock();
        List<Problem> problems = new ArrayList<>();
        ParleyPass parley = parleyPass(limit, clock, problems, listener, raw.articles());
        return new BenchResult(threads, warmup, raw, parley.figures, clock.snapshot(), parley.events, problems);
    }

    private PhaseFigures rawPass(int max, Listener listener) throws IOException {
        Path dir = Files.createTempDirectory("parley-bench-raw");
        try {
            listener.start("raw lucene", -1);
            HeapWatch heap = HeapWatch.start();
            long wall = System.nanoTime();
            long cpu = processCpu();
            CorpusSource source = new CorpusSource(corpus, max, new StageClock());
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("parley-bench-raw"));
            Semaphore inFlight = new Semaphore(2 * threads);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            try (RawLuceneBaseline baseline = new RawLuceneBaseline(dir)) {
                source.read(article -> {
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            baseline.add(article);
                            listener.article();
                        } catch (IOException | RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                }, problem -> { });
                workers.shutdown();
                if (!workers.awaitTermination(1, TimeUnit.DAYS)) {
                    throw new IOException("raw Lucene indexing did not end");
                }
                if (failure.get() != null) {
                    throw new IOException("raw Lucene indexing failed: " + failure.get(), failure.get());
                }
                baseline.commit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                workers.shutdownNow();
                heap.close();
            }
            long wallNanos = System.nanoTime() - wall;
            long cpuNanos = processCpu() - cpu;
            listener.end();
            return new PhaseFigures(source.articles(), source.characters(), wallNanos, cpuNanos, heap.peak(),
                    heap.liveAfterGc(), size(dir));
        } finally {
            delete(dir);
        }
    }

    private record ParleyPass(PhaseFigures figures, int events) {
    }

    private ParleyPass parleyPass(int max, StageClock clock, List<Problem> problems, Listener listener, long total)
            throws IOException {
        Path dir = Files.createTempDirectory("parley-bench-parley");
        try {
            PipelineStages timed = stages.timed(clock);
            ArticlePipeline pipeline = timed.pipeline();
            Function<Article, ArticleEvents> perArticle = article -> {
                try {
                    return pipeline.read(article);
                } finally {
                    listener.article();
                }
            };
            listener.start("parley", total);
            HeapWatch heap = HeapWatch.start();
            long wall = System.nanoTime();
            long cpu = processCpu();
            CorpusSource source = new CorpusSource(corpus, max, clock);
            IndexReport report;
            long callerCpu = StageClock.threadCpu();
            try (heap; LuceneEventIndex index = LuceneEventIndex.open(dir, timed.merger())) {
                report = new Indexer(source, perArticle, threads).run(index);
            }
            callerCpu = StageClock.threadCpu() - callerCpu;
            long wallNanos = System.nanoTime() - wall;
            long cpuNanos = processCpu() - cpu;
            listener.end();
            // the calling thread reads the corpus, writes the index and merges; the rest of its time is indexing
            clock.add(Stage.INDEX, Math.max(0, callerCpu - clock.nanos(Stage.INGEST) - clock.nanos(Stage.MERGE)));
            problems.addAll(report.problems());
            PhaseFigures figures = new PhaseFigures(source.articles(), source.characters(), wallNanos, cpuNanos,
                    heap.peak(), heap.liveAfterGc(), size(dir));
            return new ParleyPass(figures, Math.toIntExact(report.events()));
        } finally {
            delete(dir);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** CPU time of the whole process, or 0 where the JVM does not tell it. */
    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The bytes of every file under a folder. */
    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The stages' CPU seconds, for callers that print them. */
    public static double seconds(Map<Stage, Long> stages, Stage stage) {
        return stages.getOrDefault(stage, 0L) / 1e9;
    }
}
