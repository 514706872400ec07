package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.index.EventReader;
import org.parley.index.EventStores;
import org.parley.index.StoreLocation;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.render.RenderReport;
import org.parley.render.SiteOptions;
import org.parley.render.TemplateException;
import org.parley.render.ThymeleafSiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Render the static site from an index. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the static site from an index.",
                "Writes the timeline, a page per event, actor, place, type and article, a search page, and "
                        + "timeline.json, events.ics, events.csv and events.jsonl. The site works from file://; "
                        + "the old site is replaced only when the new one is complete."})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The site folder (replaced as a whole).")
    Path out;

    @Mixin
    SiteLook look;

    @Override
    public Integer call() throws IOException {
        return run(store.location(), out, look.options(), spec.commandLine().getOut());
    }

    /**
     * Renders the site of an index and prints a one-line summary; what {@code build} calls too.
     *
     * @throws UsageException when the index is missing or a user template is broken
     */
    public static int run(StoreLocation index, Path out, SiteOptions options, PrintWriter stdout) throws IOException {
        if (options.templates() != null && !java.nio.file.Files.isDirectory(options.templates())) {
            throw new UsageException("no templates folder at " + options.templates());
        }
        Contents contents = read(index);
        RenderReport r;
        try {
            r = new ThymeleafSiteRenderer(options).render(contents.events(), contents.articles(), out);
        } catch (TemplateException e) {
            throw new UsageException(e.getMessage());
        }
        stdout.println(String.format(Locale.ROOT, "rendered %d events into %s: %d pages, %d files, %.1f MB",
                r.events(), out, r.pages(), r.files(), r.bytes() / 1e6));
        stdout.flush();
        return Parley.OK;
    }

    /** What the site is made of. */
    record Contents(List<Event> events, List<AnnotatedArticle> articles) {
    }

    /** Reads every event and article of an index; a folder with no index is the user's mistake. */
    static Contents read(StoreLocation index) throws IOException {
        try (EventReader searcher = EventStores.openReader(index)) {
            return new Contents(searcher.allEvents(), searcher.allArticles());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
