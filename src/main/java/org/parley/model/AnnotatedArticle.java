package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what the pipeline found in its words: the time expressions and actor mentions,
 * offsets into {@link Article#body()}. The index keeps it so that the article page can mark its dates
 * and actors without running the pipeline again.
 *
 * @param article the article
 * @param times   its time expressions, in text order
 * @param actors  its actor mentions, in text order
 */
public record AnnotatedArticle(Article article, List<TimeExpression> times, List<ActorMention> actors) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        times = Checks.list(times, "times");
        actors = Checks.list(actors, "actors");
    }
}
