package org.parley.ingest;

import java.util.function.Consumer;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Where articles come from: a folder, a feed, a corpus. Streams them, so that a source of any size
 * is read in bounded memory.
 */
public interface ArticleSource {
    /**
     * Sends every article it can read to {@code articles}, and every input it cannot read, or reads
     * only in part, to {@code problems}. Never throws for a bad input; the run goes on.
     */
    void read(Consumer<Article> articles, Consumer<Problem> problems);
}
