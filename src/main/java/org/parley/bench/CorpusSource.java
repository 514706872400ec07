package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.ArticleFolder;
import org.parley.ingest.ArticleSource;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * A corpus folder read through Parley's own ingest, cut to its first {@code limit} articles, which
 * counts what it gives and puts the CPU time of reading under {@link Stage#INGEST}.
 *
 * <p>With a limit, the folder's files are read one by one in name order and reading stops at the first
 * file after the limit is reached, so a short run does not pay for parsing the whole corpus.
 */
public final class CorpusSource implements ArticleSource {
    /** No limit. */
    public static final int ALL = Integer.MAX_VALUE;

    private final Path dir;
    private final int limit;
    private final StageClock clock;
    private long articles;
    private long characters;

    public CorpusSource(Path dir, int limit, StageClock clock) {
        this.dir = dir;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public void read(Consumer<Article> out, Consumer<Problem> problems) {
        long[] inside = new long[1];
        Consumer<Article> counted = a -> {
            if (articles >= limit) {
                return;
            }
            articles++;
            characters += a.body().length();
            long start = StageClock.threadCpu();
            try {
                out.accept(a);
            } finally {
                inside[0] += StageClock.threadCpu() - start;
            }
        };
        long start = StageClock.threadCpu();
        try {
            if (limit == ALL || !Files.isDirectory(dir)) {
                new ArticleFolder(dir).read(counted, problems);
            } else {
                for (Path file : files()) {
                    if (articles >= limit) {
                        break;
                    }
                    ArticleFolder.readFile(file, counted, problems);
                }
            }
        } finally {
            clock.add(Stage.INGEST, StageClock.threadCpu() - start - inside[0]);
        }
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Articles given so far. */
    public long articles() {
        return articles;
    }

    /** Characters of body text given so far. */
    public long characters() {
        return characters;
    }
}
