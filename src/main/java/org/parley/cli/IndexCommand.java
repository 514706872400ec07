package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.parley.event.ArticleEvents;
import org.parley.event.ArticlePipeline;
import org.parley.event.EventMerger;
import org.parley.event.HappeningMerger;
import org.parley.index.EventIndex;
import org.parley.index.EventStores;
import org.parley.index.StoreLocation;
import org.parley.index.IndexFormatException;
import org.parley.index.IndexInUseException;
import org.parley.index.IndexReport;
import org.parley.index.Indexer;
import org.parley.ingest.ArticleFolder;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.IngestOptions;
import org.parley.model.Article;
import org.parley.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Index a folder of articles, incrementally. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index a folder of articles, incrementally.",
                "Unchanged articles are skipped, changed ones replaced, removed ones deleted.",
                "Commits every --commit-every articles or --commit-seconds, and at the end: a stopped run keeps what it"
                        + " committed and the next one goes on from there."})
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The folder of articles (.txt, .html, .jsonl).")
    Path articles;

    @Mixin
    StoreOptions store;

    @Mixin
    IndexingOptions indexing;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return run(articles, store.location(), indexing, indexing.progress(err), spec.commandLine().getOut(), err);
    }

    /**
     * Indexes a folder into an index, printing the report; what {@code build} calls too.
     *
     * @return {@link Parley#OK}, or {@link Parley#SOME_FAILED} when some articles could not be read
     * @throws UsageException when the folder is missing, another run holds the index or it has another layout
     */
    public static int run(Path articles, StoreLocation index, IndexingOptions options, Progress progress,
                          PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(articles)) {
            throw new UsageException("no articles folder at " + articles);
        }
        IndexReport report;
        Indexer indexer = new Indexer(Wiring.source(articles, options.ingest()), progress.counting(Wiring.pipeline()),
                options.threads()).limits(options.limits()).checkpoints(options.checkpoints())
                .shard(options.shard());
        try (EventIndex idx = EventStores.openIndex(index, Wiring.merger())) {
            progress.start("articles", -1);
            report = indexer.run(idx);
        } catch (IndexInUseException | IndexFormatException e) {
            throw new UsageException(e.getMessage());
        } finally {
            progress.end();
        }
        for (Problem p : report.problems()) {
            err.println("parley: " + p);
        }
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.problems().isEmpty() ? Parley.OK : Parley.SOME_FAILED;
    }

    /** The concrete stages an index run uses, in one place. */
    static final class Wiring {
        private Wiring() {
        }

        static ArticleSource source(Path articles, IngestOptions options) {
            return new ArticleFolder(articles).options(options);
        }

        static Function<Article, ArticleEvents> pipeline() {
            return ArticlePipeline.standard()::read;
        }

        static EventMerger merger() {
            return new HappeningMerger();
        }
    }
}
