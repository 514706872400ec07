package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.bench.BenchResult;
import org.parley.bench.CorpusSource;
import org.parley.bench.HeapWatch;
import org.parley.bench.PhaseFigures;
import org.parley.bench.PipelineStages;
import org.parley.bench.Stage;
import org.parley.bench.StageHarness;
import org.parley.bench.ThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measure throughput against raw Lucene indexing. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput against raw Lucene indexing.",
                "Indexes the corpus twice in one process, after a warm-up: as plain text with Lucene's standard "
                        + "analyzer (the floor), then through Parley's whole pipeline; prints the figures and last "
                        + "'ratio N.NN' (Parley's time over raw Lucene's)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--reuters", required = true, paramLabel = "DIR",
            description = "The Reuters-21578 folder (.sgm files), or any folder Parley can ingest.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
    Integer limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300",
            description = "Articles sent through both paths before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Option(names = "--stage", paramLabel = "STAGE", split = ",",
            description = "Instead of the throughput run, time these stages on their own, on one thread "
                    + "(time, events, actors, text), over the first --limit articles (default 500).")
    List<String> stagesAlone;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "With --stage: measured iterations after as many warm-up ones (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(corpus)) {
            throw new UsageException("no such folder: " + corpus);
        }
        int n = IndexingOptions.threadCount(threads);
        if (limit != null && limit < 1) {
            throw new UsageException("--limit must be at least 1, was " + limit);
        }
        if (warmup < 0) {
            throw new UsageException("--warmup must not be negative, was " + warmup);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (stagesAlone != null && !stagesAlone.isEmpty()) {
            return stagesAlone(out);
        }
        Progress progress = Progress.onTerminal(spec.commandLine().getErr(), quiet);
        ThroughputBench bench = new ThroughputBench(corpus, n, limit == null ? CorpusSource.ALL : limit, warmup,
                PipelineStages.standard());
        BenchResult r = bench.run(listener(progress));
        print(r, out);
        return r.parley().articles() == 0 ? Parley.SOME_FAILED : Parley.OK;
    }

    private static StageHarness.Target target(String name) {
        try {
            return StageHarness.Target.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--stage takes time, events, actors or text, not '" + name + "'");
        }
    }

    private int stagesAlone(PrintWriter out) {
        if (iterations < 1) {
            throw new UsageException("--iterations must be at least 1, was " + iterations);
        }
        stagesAlone.forEach(BenchCommand::target);
        StageHarness harness = new StageHarness(corpus, limit == null ? 500 : limit, PipelineStages.standard());
        if (harness.articles() == 0) {
            throw new UsageException("no articles in " + corpus);
        }
        out.printf(Locale.ROOT, "%d articles, %d warm-up and %d measured iterations, one thread, cpu time per article%n",
                harness.articles(), iterations, iterations);
        for (String name : stagesAlone) {
            StageHarness.Target t = target(name);
            StageHarness.Figures f = harness.measure(t, iterations, iterations);
            out.printf(Locale.ROOT, "stage %-7s %9.1f us/article  (min %.1f, max %.1f, sd %.1f)%n",
                    t.name().toLowerCase(Locale.ROOT), f.meanMicros(), f.minMicros(), f.maxMicros(), f.sdMicros());
        }
        return Parley.OK;
    }

    /** The bench's progress, shown by the terminal's progress line. */
    static ThroughputBench.Listener listener(Progress progress) {
        return new ThroughputBench.Listener() {
            @Override
            public void start(String pass, long total) {
                progress.start(pass, total);
            }

            @Override
            public void article() {
                progress.step();
            }

            @Override
            public void end() {
                progress.end();
            }
        };
    }

    static void print(BenchResult r, PrintWriter out) {
        PhaseFigures raw = r.raw();
        PhaseFigures parley = r.parley();
        out.printf(Locale.ROOT, "threads      %d (warm-up %d articles through both paths)%n", r.threads(), r.warmup());
        out.printf(Locale.ROOT, "articles     %d%n", parley.articles());
        out.printf(Locale.ROOT, "characters   %d%n", parley.characters());
        out.printf(Locale.ROOT, "events       %d%n", r.events());
        out.printf(Locale.ROOT, "problems     %d (inputs skipped or read in part)%n", r.problems().size());
        out.printf(Locale.ROOT, "max heap     %s%n", mb(HeapWatch.max()));
        phase(out, "raw lucene", raw);
        phase(out, "parley", parley);
        out.println("parley cpu seconds per stage (summed over threads):");
        for (Stage s : Stage.values()) {
            double sec = r.stages().getOrDefault(s, 0L) / 1e9;
            out.printf(Locale.ROOT, "  %-10s %8.2f s  %5.1f%%%n", s.label(), sec,
                    parley.cpuNanos() == 0 ? 0 : 100.0 * r.stages().getOrDefault(s, 0L) / parley.cpuNanos());
        }
        out.printf(Locale.ROOT, "cpu ratio    %.2f%n", r.cpuRatio());
        out.printf(Locale.ROOT, "ratio %.2f%n", r.ratio());
    }

    private static void phase(PrintWriter out, String name, PhaseFigures f) {
        out.printf(Locale.ROOT, "%-12s %.2f s, %.0f articles/s, cpu %.2f s, peak heap %s, live after gc %s, index %s%n",
                name, f.wallNanos() / 1e9, f.articlesPerSecond(), f.cpuNanos() / 1e9, mb(f.peakHeap()), mb(f.liveHeap()),
                mb(f.indexBytes()));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
