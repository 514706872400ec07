package org.parley.event;

import java.util.List;
import java.util.Objects;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;

/**
 * What the pipeline read from one article: the article with its dates and actors marked, and its
 * events before they are merged with other articles' events.
 *
 * @param article the annotated article
 * @param events  its events, each with mentions in this article only
 */
public record ArticleEvents(AnnotatedArticle article, List<Event> events) {
    public ArticleEvents {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }
}
