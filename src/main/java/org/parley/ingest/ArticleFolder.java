package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * A folder of articles, read recursively in a stable order: plain text (.txt, or no extension), HTML
 * (.html, .htm), JSON Lines (.jsonl) and Reuters-21578 SGML (.sgm).
 *
 * <p>Every file it cannot read is reported as a {@link Problem} (file, what is wrong, what Parley did)
 * and the walk goes on; it never throws for a bad file. Hidden files and folders (".git", ".DS_Store")
 * and the usual non-article files of a corpus (README, LICENSE, checksums: data/ingest/ignored-files.txt)
 * are passed over silently; any other unsupported file (.pdf, .docx ...) is reported and skipped.
 * Symbolic links are followed, but a link back into a folder already being read is reported, not
 * followed, so a link loop cannot make the walk endless.
 */
public final class ArticleFolder implements ArticleSource {
    private static final Pattern IGNORED = IngestData.anyGlob("ignored-files.txt");
    /** Readers are thread-safe and costly to build (compiled patterns, data files): one set per JVM. */
    private static final Readers READERS = new Readers(new ArticleCleaner());

    private final Path root;
    private IngestOptions options = IngestOptions.defaults();
    private LocalDate publishedOverride;

    public ArticleFolder(Path root) {
        this.root = Objects.requireNonNull(root, "articles folder");
    }

    /** Sets the limits; returns this folder. */
    public ArticleFolder options(IngestOptions newOptions) {
        this.options = Objects.requireNonNull(newOptions, "ingest options");
        return this;
    }

    public IngestOptions options() {
        return options;
    }

    /** Uses this publication date for every article instead of the one each file states; returns this folder. */
    public ArticleFolder publishedOverride(LocalDate date) {
        this.publishedOverride = date;
        return this;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<Problem> problems) {
        if (!Files.exists(root)) {
            problems.accept(new Problem(root.toString(), "no such file or folder", "nothing read"));
            return;
        }
        if (!Files.isDirectory(root)) {
            readOne(root, root.getFileName().toString(), articles, problems);
            return;
        }
        Set<Path> open = new HashSet<>();
        walk(root, "", open, new HashSet<>(), articles, problems);
    }

    /** Reads one file of any supported format with the default options, as {@code parley extract FILE} does. */
    public static void readFile(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
        readFile(file, null, articles, problems);
    }

    /** Reads one file, giving every article the publication date {@code publishedOverride} when it is not null. */
    public static void readFile(Path file, LocalDate publishedOverride, Consumer<Article> articles, Consumer<Problem> problems) {
        new ArticleFolder(file).publishedOverride(publishedOverride).read(articles, problems);
    }

    private void walk(Path dir, String prefix, Set<Path> open, Set<Path> done,
            Consumer<Article> articles, Consumer<Problem> problems) {
        String name = prefix.isEmpty() ? dir.toString() : prefix;
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            problems.accept(new Problem(name, "folder cannot be opened: " + reason(e), "skipped"));
            return;
        }
        if (open.contains(real)) {
            problems.accept(new Problem(name, "symbolic link loop (leads back to a folder being read)", "not followed"));
            return;
        }
        if (!done.add(real)) {
            problems.accept(new Problem(name, "link to a folder already read", "not read twice"));
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = new ArrayList<>(list.toList());
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new Problem(name, "folder cannot be listed: " + reason(e), "skipped"));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        open.add(real);
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            String source = prefix.isEmpty() ? fileName : prefix + "/" + fileName;
            if (Files.isDirectory(entry)) {
                walk(entry, source, open, done, articles, problems);
            } else if (!Files.exists(entry)) {
                problems.accept(new Problem(source, "broken symbolic link", "skipped"));
            } else if (!IGNORED.matcher(fileName).matches()) {
                readOne(entry, source, articles, problems);
            }
        }
        open.remove(real);
    }

    private void readOne(Path file, String source, Consumer<Article> downstream, Consumer<Problem> problems) {
        SourceFile input = new SourceFile(file, source, options, publishedOverride);
        // A failure of the consumer (the index, say) is not a fault of this file: it must reach the caller.
        // Every reader's article leaves with its dateline marked, once, for the later stages to read.
        Consumer<Article> articles = article -> {
            Article marked = article.withDatelineMarked();
            try {
                downstream.accept(marked);
            } catch (RuntimeException e) {
                throw new DownstreamFailure(e);
            }
        };
        try {
            Format format = Format.of(source);
            if ((format == Format.JSON_LINES || format == Format.REUTERS_SGML) && Files.size(file) == 0) {
                problems.accept(new Problem(source, "empty file", "skipped"));
                return;
            }
            switch (format) {
                case JSON_LINES -> READERS.jsonLines.read(input, articles, problems);
                case REUTERS_SGML -> READERS.reuters.read(input, articles, problems);
                case PLAIN_TEXT, HTML -> readSingle(input, format, articles, problems);
                default -> problems.accept(new Problem(source, "unsupported format" + format.extension(source)
                        + " (Parley reads .txt, .html, .htm, .jsonl and .sgm)", "skipped"));
            }
        } catch (NoSuchFileException | InvalidPathException e) {
            problems.accept(new Problem(source, "file cannot be found under this name (a file name in another encoding?)", "skipped"));
        } catch (AccessDeniedException e) {
            problems.accept(new Problem(source, "permission denied", "skipped"));
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new Problem(source, "cannot be read: " + reason(e), "skipped"));
        } catch (DownstreamFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            // A bug of ours must not end the run: it costs this file, with the cause said.
            problems.accept(new Problem(source, "unexpected error while reading: " + e, "skipped"));
        }
    }

    private void readSingle(SourceFile input, Format format, Consumer<Article> articles, Consumer<Problem> problems)
            throws IOException {
        long size = Files.size(input.path());
        long limit = input.options().maxFileBytes();
        if (size > limit) {
            problems.accept(new Problem(input.source(),
                    "file of " + size + " bytes is over the size limit of " + limit + " bytes", "skipped"));
            return;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(input.path())) {
            // read at most limit + 1 bytes: the file may have grown since it was measured
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            problems.accept(new Problem(input.source(), "file is over the size limit of " + limit + " bytes", "skipped"));
            return;
        }
        if (TextDecoder.isBinary(bytes, bytes.length)) {
            problems.accept(new Problem(input.source(), "binary file (NUL bytes), not text", "skipped"));
            return;
        }
        if (format == Format.HTML) {
            if (TextDecoder.decode(bytes).text().isBlank()) {
                problems.accept(new Problem(input.source(), "empty file", "skipped"));
                return;
            }
            READERS.html.read(input, bytes, articles, problems);
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            problems.accept(new Problem(input.source(), "empty file", "skipped"));
            return;
        }
        if (decoded.fallbackCharset() != null) {
            problems.accept(new Problem(input.source(), "not valid UTF-8", "read as " + decoded.fallbackCharset()));
        }
        READERS.plainText.read(input, decoded.text(), articles, problems);
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /** Carries an exception thrown by the article consumer past the per-file error handling. */
    private static final class DownstreamFailure extends RuntimeException {
        DownstreamFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** The formats, told apart by file name. */
    enum Format {
        PLAIN_TEXT, HTML, JSON_LINES, REUTERS_SGML, UNSUPPORTED;

        static Format of(String fileName) {
            String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            if (dot <= 0) {
                return PLAIN_TEXT;
            }
            return switch (name.substring(dot + 1)) {
                case "txt", "text" -> PLAIN_TEXT;
                case "html", "htm", "xhtml" -> HTML;
                case "jsonl", "ndjson" -> JSON_LINES;
                case "sgm", "sgml" -> REUTERS_SGML;
                default -> UNSUPPORTED;
            };
        }

        String extension(String fileName) {
            String name = fileName.substring(fileName.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return dot <= 0 ? "" : " (" + name.substring(dot) + ")";
        }
    }

    /** One reader per format, sharing one cleaner. */
    private static final class Readers {
        final ArticleCleaner cleaner;
        final PlainTextReader plainText;
        final HtmlArticleReader html;
        final JsonLinesReader jsonLines;
        final ReutersReader reuters;

        Readers(ArticleCleaner cleaner) {
            this.cleaner = cleaner;
            this.plainText = new PlainTextReader(cleaner);
            this.html = new HtmlArticleReader(cleaner);
            this.jsonLines = new JsonLinesReader(cleaner);
            this.reuters = new ReutersReader(cleaner);
        }
    }
}
