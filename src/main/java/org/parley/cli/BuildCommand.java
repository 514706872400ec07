package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.render.SiteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Index the articles, then render the site: the one command a new user runs. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Index the articles, then render the site.",
                "With no options: data/articles -> index/ -> site/ (open site/index.html)."})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "The folder of articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "The index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The folder the site is written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "Your own templates overriding the shipped ones.")
    Path templates;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title.")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published.")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Pipeline threads (default: one per processor).")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "Skip (and name) any file, JSON line or SGML story larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxFileMegabytes;

    @Option(names = "--quiet", description = "No progress line, even on a terminal.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A render of what was indexed is still worth doing when some articles could not be read.
        int indexed = IndexCommand.run(articles, index, IndexCommand.threads(threads),
                IndexCommand.ingestOptions(maxFileMegabytes), Progress.onTerminal(err, quiet), out, err);
        int rendered = RenderCommand.run(index, this.out, new SiteOptions(title, baseUrl, templates), out);
        return Math.max(indexed, rendered);
    }
}
