package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.index.EventSearcher;
import org.parley.render.SiteOptions;
import org.parley.render.ThymeleafSiteRenderer;

/**
 * The static site of an index, rendered with the same templates as {@code parley render} into a private
 * folder, and rendered again whenever the index has a newer commit.
 *
 * <p>Why a rendered folder rather than rendering each page per request: the site's pages link to each
 * other by relative file names and its search page reads a JSON index written at render time, so the
 * one renderer that writes files is the one way to serve exactly the pages {@code render} writes.
 * A site of thousands of events renders in seconds, and the server renders only after an index run.
 */
public final class RenderedSite implements AutoCloseable {
    private final EventSearcher searcher;
    private final SiteOptions options;
    private volatile Path root;

    /** Renders the site of an index once, now. */
    public RenderedSite(EventSearcher searcher, SiteOptions options) throws IOException {
        this.searcher = searcher;
        this.options = options;
        this.root = render();
    }

    private Path render() throws IOException {
        Path folder = Files.createTempDirectory("parley-site");
        Path site = folder.resolve("site");
        new ThymeleafSiteRenderer(options).render(searcher.allEvents(), searcher.allArticles(), site);
        return site.toRealPath();
    }

    /** Renders the site again from the searcher's current commit and drops the old one. */
    public synchronized void rerender() throws IOException {
        Path old = root;
        root = render();
        delete(old.getParent());
    }

    /**
     * The file a request path names inside the site ("index.html", "actors/jake-sullivan.html"), or empty
     * when it names none: no file, a folder, a link, or a path that would leave the site.
     */
    public Optional<Path> file(String relative) {
        Path base = root;
        if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        try {
            Path file = base.resolve(relative).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old rendered site " + folder, e);
        }
    }

    @Override
    public void close() {
        delete(root.getParent());
    }
}
