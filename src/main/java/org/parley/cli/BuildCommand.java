package org.parley.cli;

import org.parley.index.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteLook look;

    @Mixin
    IndexingOptions indexing;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A render of what was indexed is still worth doing when some articles could not be read.
        int indexed = IndexCommand.run(articles, StoreLocation.local(index), indexing, indexing.progress(err), out, err);
        int rendered = RenderCommand.run(StoreLocation.local(index), this.out, look.options(), out);
        return Math.max(indexed, rendered);
    }
}
