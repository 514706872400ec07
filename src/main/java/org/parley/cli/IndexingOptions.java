package org.parley.cli;

import java.io.PrintWriter;
import org.parley.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The options of an index run, shared by {@code index} and {@code build} (a picocli mixin). */
public final class IndexingOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Pipeline threads (default: one per processor).")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "Skip (and name) any file, JSON line or SGML story larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxFileMegabytes;

    @Option(names = "--quiet", description = "No progress line, even on a terminal.")
    boolean quiet;

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

    /** The progress line, on the error stream when it is a terminal and quiet was not asked for. */
    Progress progress(PrintWriter err) {
        return Progress.onTerminal(err, quiet);
    }
}
