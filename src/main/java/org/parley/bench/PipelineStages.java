package org.parley.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.actor.ActorResolver;
import org.parley.actor.Gazetteer;
import org.parley.actor.GazetteerActorResolver;
import org.parley.event.ArticlePipeline;
import org.parley.event.EventExtractor;
import org.parley.event.EventMerger;
import org.parley.event.HappeningMerger;
import org.parley.event.PatternEventExtractor;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.model.TimeExpression;
import org.parley.text.OpenNlpTextAnalyzer;
import org.parley.text.TextAnalyzer;
import org.parley.time.ParleyTemporalTagger;
import org.parley.time.TemporalTagger;

/**
 * The stages of one Parley run, held apart so that the benchmark can time each one through its
 * interface; the stages themselves know nothing of the benchmark.
 *
 * @param text   sentences and tokens
 * @param time   time expressions
 * @param actors actor mentions
 * @param events event extraction
 * @param merger the merger of happenings
 */
public record PipelineStages(TextAnalyzer text, TemporalTagger time, ActorResolver actors, EventExtractor events,
                             EventMerger merger) {
    public PipelineStages {
        Objects.requireNonNull(text, "text analyzer");
        Objects.requireNonNull(time, "temporal tagger");
        Objects.requireNonNull(actors, "actor resolver");
        Objects.requireNonNull(events, "event extractor");
        Objects.requireNonNull(merger, "event merger");
    }

    /**
     * The stages of {@link ArticlePipeline#standard()}, composed the same way (one gazetteer shared by the
     * resolver and the extractor), with the merger {@code parley index} uses. Built here rather than taken
     * from {@code ArticlePipeline.standard()} because that one does not hand out its stages, and the timing
     * wraps each stage; {@code PipelineStagesTest} checks that both give the same events.
     */
    public static PipelineStages standard() {
        Gazetteer gazetteer = Gazetteer.standard();
        return new PipelineStages(new OpenNlpTextAnalyzer(), new ParleyTemporalTagger(),
                new GazetteerActorResolver(gazetteer), new PatternEventExtractor(gazetteer), new HappeningMerger());
    }

    /** The same stages, each adding its CPU time to {@code clock}. */
    public PipelineStages timed(StageClock clock) {
        TextAnalyzer t = text;
        TemporalTagger tagger = time;
        ActorResolver a = actors;
        EventExtractor e = events;
        EventMerger m = merger;
        return new PipelineStages(
                body -> clock.time(Stage.TEXT, () -> t.analyze(body)),
                new TemporalTagger() {
                    @Override
                    public List<TimeExpression> tag(String body, LocalDate dct) {
                        return clock.time(Stage.TIME, () -> tagger.tag(body, dct));
                    }

                    @Override
                    public List<TimeExpression> tag(AnalyzedText analyzed, LocalDate dct) {
                        return clock.time(Stage.TIME, () -> tagger.tag(analyzed, dct));
                    }
                },
                (AnalyzedText analyzed, LocalDate published) ->
                        clock.time(Stage.ACTORS, () -> a.resolve(analyzed, published)),
                (AnnotatedArticle article, AnalyzedText analyzed) ->
                        clock.time(Stage.EVENTS, () -> e.extract(article, analyzed)),
                (List<Event> raw) -> clock.time(Stage.MERGE, () -> m.merge(raw)));
    }

    /** The article pipeline over these stages. */
    public ArticlePipeline pipeline() {
        return new ArticlePipeline(text, time, actors, events);
    }
}
