package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what the pipeline found in its words: the time expressions and actor mentions,
 * offsets into {@link Article#body()}. The index keeps it so that the article page can mark its dates
 * and actors without running the pipeline again.
 *
 * @param article the article
 * @param times   its time expressions; kept in text order (by start, then end)
 * @param actors  its actor mentions; kept in text order (by start, then end)
 */
public record AnnotatedArticle(Article article, List<TimeExpression> times, List<ActorMention> actors) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        // Text order is a promise later stages search on (binary search by start), so it is made here.
        times = Checks.list(times, "times").stream()
                .sorted(java.util.Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end))
                .toList();
        actors = Checks.list(actors, "actors").stream()
                .sorted(java.util.Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end))
                .toList();
    }
}
