package org.parley.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Problem;

/** What a test read: the articles and the problems, in the order they came. */
record Ingested(List<Article> articles, List<Problem> problems) {
    static Ingested folder(ArticleFolder folder) {
        Ingested result = new Ingested(new ArrayList<>(), new ArrayList<>());
        folder.read(result.articles::add, result.problems::add);
        return result;
    }

    static Ingested file(Path file) {
        return file(file, null);
    }

    static Ingested file(Path file, LocalDate published) {
        Ingested result = new Ingested(new ArrayList<>(), new ArrayList<>());
        ArticleFolder.readFile(file, published, result.articles::add, result.problems::add);
        return result;
    }

    /** A test input under src/test/resources/ingest/. */
    static Path resource(String name) {
        URL url = Ingested.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource ingest/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; problems " + problems);
        }
        return articles.get(0);
    }

    Problem onlyProblem() {
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got " + problems);
        }
        return problems.get(0);
    }

    Optional<Article> titled(String title) {
        return articles.stream().filter(a -> a.title().equals(title)).findFirst();
    }
}
