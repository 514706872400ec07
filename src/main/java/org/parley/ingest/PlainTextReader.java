package org.parley.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Reads the plain-text format of the seed article: the publication date on line 1, the title on
 * line 2, the body after it.
 *
 * <p>With a publication date given from outside, a first line that is no date is taken as the title.
 */
final class PlainTextReader {
    private final ArticleCleaner cleaner;

    PlainTextReader(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    void read(SourceFile file, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        String content = text.stripLeading();
        int firstEnd = content.indexOf('\n');
        String first = firstEnd < 0 ? content : content.substring(0, firstEnd);
        String rest = firstEnd < 0 ? "" : content.substring(firstEnd + 1);
        Optional<LocalDate> date = PublicationDates.parse(first);
        if (date.isEmpty() && file.publishedOverride() == null) {
            String why = PublicationDates.ambiguous(first)
                    ? "line 1 '" + shorten(first) + "' is an ambiguous date (day and month could be swapped)"
                    : "line 1 '" + shorten(first) + "' is not a publication date (or not a possible one)";
            problems.accept(new Problem(file.line(1), why, "skipped"));
            return;
        }
        if (date.isEmpty()) {
            rest = content;
        }
        String rest2 = rest.stripLeading();
        int titleEnd = rest2.indexOf('\n');
        String title = titleEnd < 0 ? rest2 : rest2.substring(0, titleEnd);
        String body = titleEnd < 0 ? "" : rest2.substring(titleEnd + 1);
        ArticleCleaner.Cleaned cleaned = cleaner.clean(title, body);
        if (cleaned.body().isBlank()) {
            problems.accept(new Problem(file.source(), "no article text after the date and title lines", "skipped"));
            return;
        }
        articles.accept(new Article(ArticleIds.of(file.source()), file.source(), null,
                file.published(date.orElse(null)), cleaned.title(), cleaned.body()));
    }

    static String shorten(String text) {
        String oneLine = ArticleCleaner.collapse(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
