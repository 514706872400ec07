package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.parley.index.ArticleLimits;
import org.parley.index.Checkpoints;
import org.parley.index.Shard;
import org.parley.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The options of an index run, shared by {@code index} and {@code build} (a picocli mixin). */
public final class IndexingOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Pipeline threads (default: one per processor).")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "Skip (and name) any file, JSON line or SGML story larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxFileMegabytes;

    @Option(names = "--max-article-length", paramLabel = "CHARS", defaultValue = "1000000",
            description = "Read at most this many characters of an article; a longer one is cut there and named (default: ${DEFAULT-VALUE}).")
    int maxArticleLength;

    @Option(names = "--max-article-events", paramLabel = "N", defaultValue = "1000",
            description = "Keep at most this many events of one article; the rest are dropped and the article named (default: ${DEFAULT-VALUE}).")
    int maxArticleEvents;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000",
            description = "Commit after every N articles written, so that a stopped run keeps what it did (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "60",
            description = "Commit at least this often, in seconds (default: ${DEFAULT-VALUE}).")
    int commitSeconds;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Index only part I of N of the articles (by a hash of their ids): N workers on N machines share one folder (default: ${DEFAULT-VALUE}).")
    String shard;

    @Option(names = "--quiet", description = "No progress line, even on a terminal.")
    boolean quiet;

    /** The part of the articles this run takes. */
    Shard shard() {
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The thread count asked for, or one per processor. */
    int threads() {
        return threadCount(threads);
    }

    /** A {@code --threads} value checked, or one per processor when none was given; {@code bench} uses it too. */
    static int threadCount(Integer asked) {
        int n = asked == null ? Runtime.getRuntime().availableProcessors() : asked;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1, was " + n);
        }
        return n;
    }

    /** Ingest options with the size limit asked for. */
    IngestOptions ingest() {
        if (maxFileMegabytes < 1) {
            throw new UsageException("--max-file-size must be at least 1 (megabytes), was " + maxFileMegabytes);
        }
        return IngestOptions.defaults().withMaxFileBytes(maxFileMegabytes * 1024 * 1024);
    }

    /** The limits of one article's work asked for. */
    ArticleLimits limits() {
        if (maxArticleLength < 1) {
            throw new UsageException("--max-article-length must be at least 1, was " + maxArticleLength);
        }
        if (maxArticleEvents < 1) {
            throw new UsageException("--max-article-events must be at least 1, was " + maxArticleEvents);
        }
        return new ArticleLimits(maxArticleLength, maxArticleEvents);
    }

    /** The checkpoints asked for. */
    Checkpoints checkpoints() {
        if (commitEvery < 1) {
            throw new UsageException("--commit-every must be at least 1, was " + commitEvery);
        }
        if (commitSeconds < 1) {
            throw new UsageException("--commit-seconds must be at least 1, was " + commitSeconds);
        }
        return new Checkpoints(commitEvery, Duration.ofSeconds(commitSeconds));
    }

    /** The progress line, on the error stream when it is a terminal and quiet was not asked for. */
    Progress progress(PrintWriter err) {
        return Progress.onTerminal(err, quiet);
    }
}
