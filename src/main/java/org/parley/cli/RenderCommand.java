package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.index.EventSearcher;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.render.RenderReport;
import org.parley.render.SiteOptions;
import org.parley.render.TemplateException;
import org.parley.render.ThymeleafSiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Render the static site from an index. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the static site from an index.",
                "The same index always gives the same bytes; a failed render leaves the previous site in place."})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path index;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder the site is written to.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates; any page, fragment or asset here overrides the shipped one.")
    Path templates;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: Parley timeline).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published, for the exports' links.")
    String baseUrl;

    @Override
    public Integer call() throws IOException {
        return run(index, out, new SiteOptions(title, baseUrl, templates),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Renders the site of an index, printing a one-line summary; what {@code build} calls too.
     *
     * @throws UsageException when there is no index or the user's templates are missing or broken
     */
    public static int run(Path index, Path out, SiteOptions options, PrintWriter stdout, PrintWriter err)
            throws IOException {
        if (!Files.isDirectory(index)) {
            throw new UsageException("no index at " + index + " (run 'parley index' first)");
        }
        if (options.templates() != null && !Files.isDirectory(options.templates())) {
            throw new UsageException("no templates folder at " + options.templates());
        }
        List<Event> events;
        List<AnnotatedArticle> articles;
        try (EventSearcher searcher = EventSearcher.open(index)) {
            events = searcher.allEvents();
            articles = searcher.allArticles();
        }
        RenderReport report;
        try {
            report = new ThymeleafSiteRenderer(options).render(events, articles, out);
        } catch (TemplateException e) {
            throw new UsageException(e.getMessage());
        }
        stdout.println("site written to " + out + ": " + report.events() + " events, " + report.pages()
                + " pages, " + report.files() + " files, " + report.bytes() + " bytes");
        stdout.flush();
        return Parley.OK;
    }
}
