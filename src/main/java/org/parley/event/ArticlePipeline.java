package org.parley.event;

import java.util.List;
import java.util.Objects;
import org.parley.actor.ActorResolver;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.TimeExpression;
import org.parley.text.TextAnalyzer;
import org.parley.time.TemporalTagger;

/**
 * The stages that read one article, in order: sentences, time expressions, actors, events.
 *
 * <p>Holds no state between articles, so one pipeline serves many threads as long as its stages are
 * thread-safe (each stage's interface promises it).
 */
public final class ArticlePipeline {
    private final TextAnalyzer text;
    private final TemporalTagger time;
    private final ActorResolver actors;
    private final EventExtractor events;

    public ArticlePipeline(TextAnalyzer text, TemporalTagger time, ActorResolver actors, EventExtractor events) {
        this.text = Objects.requireNonNull(text, "text analyzer");
        this.time = Objects.requireNonNull(time, "temporal tagger");
        this.actors = Objects.requireNonNull(actors, "actor resolver");
        this.events = Objects.requireNonNull(events, "event extractor");
    }

    /**
     * The standard stages: OpenNLP sentences and tokens, Parley's temporal tagger, the shipped gazetteer, and the
     * pattern extractor. Loading the models takes a moment, so build one and share it between threads.
     */
    public static ArticlePipeline standard() {
        return standard(org.parley.actor.Gazetteer.standard());
    }

    /** The standard stages over a gazetteer, for instance one with a user's file added. */
    public static ArticlePipeline standard(org.parley.actor.Gazetteer gazetteer) {
        return standard(gazetteer, EventRules.standard());
    }

    /** The standard stages over a gazetteer and event rules, for instance the shipped ones with a user's folder added. */
    public static ArticlePipeline standard(org.parley.actor.Gazetteer gazetteer, EventRules rules) {
        return new ArticlePipeline(new org.parley.text.OpenNlpTextAnalyzer(), new org.parley.time.ParleyTemporalTagger(),
                new org.parley.actor.GazetteerActorResolver(gazetteer), new PatternEventExtractor(gazetteer, rules));
    }

    /** Reads one article through every stage. */
    public ArticleEvents read(Article article) {
        AnalyzedText analyzed = text.analyze(article.body()).withDateline(article.dateline());
        java.time.LocalDate narrative = NarrativeTime.of(article);
        List<TimeExpression> times = time.tag(analyzed, narrative);
        List<ActorMention> mentions = actors.resolve(analyzed, narrative);
        AnnotatedArticle annotated = new AnnotatedArticle(article, times, mentions);
        return new ArticleEvents(annotated, events.extract(annotated, analyzed));
    }
}
