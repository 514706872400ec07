package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.parley.index.EventReader;
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
 *
 * <p>A new rendering goes into a new folder and then replaces the old one for new requests in one step;
 * the old folder is deleted by whichever is last done with it, the swap or a request still reading it, so
 * a file that exists in both versions is always found.
 */
public final class RenderedSite implements AutoCloseable {
    private final EventReader searcher;
    private final SiteOptions options;
    /** The site requests read now; {@code null} once closed. */
    private final AtomicReference<Version> current = new AtomicReference<>();
    /** Old folders a request thread could not delete, tried again on close. */
    private final Queue<Path> leftovers = new ConcurrentLinkedQueue<>();

    /** What a request does with the file it asked for, while that file's site is kept for it. */
    @FunctionalInterface
    public interface SiteFileReader<T> {
        T read(Path file) throws IOException;
    }

    /**
     * One rendering of the site, counted by its holders: the site itself while it is current, and each
     * request reading from it. The last holder to let go deletes its folder, so a rerender never takes a
     * file away from a request that has begun to read it.
     */
    private final class Version {
        final Path root;
        private final AtomicInteger holders = new AtomicInteger(1);

        Version(Path root) {
            this.root = root;
        }

        /** Holds the version for a reader; false when it is already let go by all and deleted. */
        boolean hold() {
            for (int n = holders.get(); n > 0; n = holders.get()) {
                if (holders.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false;
        }

        void release() {
            if (holders.decrementAndGet() == 0) {
                try {
                    delete(root.getParent());
                } catch (UncheckedIOException e) {
                    // the last holder may be a request that read its file fine: a folder left behind
                    // wastes disk, not that request, so close() tries it again and reports it there
                    leftovers.add(root.getParent());
                }
            }
        }
    }

    /** Renders the site of an index once, now. */
    public RenderedSite(EventReader searcher, SiteOptions options) throws IOException {
        this.searcher = searcher;
        this.options = options;
        this.current.set(new Version(render()));
    }

    private Path render() throws IOException {
        Path folder = Files.createTempDirectory("parley-site");
        Path site = folder.resolve("site");
        new ThymeleafSiteRenderer(options).render(searcher.allEvents(), searcher.allArticles(), site);
        return site.toRealPath();
    }

    /**
     * Renders the site again from the searcher's current commit into a new folder and makes it the one
     * requests read; the old folder goes when the last request reading it is done.
     */
    public synchronized void rerender() throws IOException {
        Version next = new Version(render());
        Version old = current.getAndUpdate(v -> v == null ? null : next);
        if (old == null) {
            next.release(); // closed while rendering: nobody will read it
        } else {
            old.release();
        }
    }

    /** The bytes of a file of the site (see {@link #read(String, SiteFileReader)}), or empty when it names none. */
    public Optional<byte[]> read(String relative) throws IOException {
        return read(relative, Files::readAllBytes);
    }

    /**
     * Runs {@code reader} on the file a request path names inside the site ("index.html",
     * "actors/jake-sullivan.html"), with that site kept until it returns; empty when the path names no file
     * (no file, a folder, a link, or a path that would leave the site) or the site is closed.
     */
    public <T> Optional<T> read(String relative, SiteFileReader<T> reader) throws IOException {
        Version v = holdCurrent();
        if (v == null) {
            return Optional.empty();
        }
        try {
            Optional<Path> file = file(v.root, relative);
            return file.isEmpty() ? Optional.empty() : Optional.of(reader.read(file.get()));
        } finally {
            v.release();
        }
    }

    /** The folder of the site requests read now; for tests. */
    Path root() {
        Version v = current.get();
        return v == null ? null : v.root;
    }

    private Version holdCurrent() {
        while (true) {
            Version v = current.get();
            if (v == null || v.hold()) {
                return v;
            }
            // it was swapped out and let go between the two reads: the current one is newer
        }
    }

    private static Optional<Path> file(Path base, String relative) {
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

    /**
     * Stops serving; the folder goes now, or when the last request reading it is done.
     *
     * @throws UncheckedIOException when an old folder cannot be deleted
     */
    @Override
    public void close() {
        Version v = current.getAndSet(null);
        if (v != null) {
            v.release();
        }
        for (Path folder = leftovers.poll(); folder != null; folder = leftovers.poll()) {
            delete(folder);
        }
    }
}
