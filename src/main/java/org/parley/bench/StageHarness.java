package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;

/**
 * Times one stage on its own, on inputs prepared once, so that a regression in the time tagger or the
 * event extractor shows as such and is not lost in the whole pipeline's noise.
 *
 * <p>A small harness in the manner of JMH (warm-up iterations, then measured ones, each over the same
 * articles on one thread, reported as mean and spread of CPU time per article); JMH itself is GPL with
 * the Classpath Exception, and the team takes no GPL library.
 */
public final class StageHarness {
    /** A stage that can be timed on its own. */
    public enum Target {
        /** The temporal tagger on analysed text. */
        TIME,
        /** The event extractor on articles whose dates and actors are marked. */
        EVENTS,
        /** The actor resolver on analysed text. */
        ACTORS,
        /** Sentences, tokens and parts of speech. */
        TEXT
    }

    /**
     * CPU time per article over the measured iterations.
     *
     * @param target     the stage timed
     * @param articles   articles per iteration
     * @param iterations measured iterations
     * @param meanMicros mean CPU microseconds per article
     * @param minMicros  the fastest iteration, per article
     * @param maxMicros  the slowest iteration, per article
     * @param sdMicros   the standard deviation over iterations, per article
     */
    public record Figures(Target target, int articles, int iterations, double meanMicros, double minMicros,
                          double maxMicros, double sdMicros) {
    }

    /** One article with what the stages before the timed one made of it. */
    private record Prepared(Article article, AnalyzedText text, AnnotatedArticle annotated) {
    }

    private final PipelineStages stages;
    private final List<Prepared> inputs = new ArrayList<>();

    /** Reads up to {@code limit} articles of a corpus and runs every stage once over them, untimed. */
    public StageHarness(Path corpus, int limit, PipelineStages stages) {
        this.stages = stages;
        new CorpusSource(corpus, limit, new StageClock()).read(a -> {
            AnalyzedText text = stages.text().analyze(a.body());
            AnnotatedArticle annotated = new AnnotatedArticle(a, stages.time().tag(text, a.published()),
                    stages.actors().resolve(text, a.published()));
            inputs.add(new Prepared(a, text, annotated));
        }, p -> { });
    }

    /** Articles prepared. */
    public int articles() {
        return inputs.size();
    }

    /** Times one stage: {@code warmups} iterations unmeasured, then {@code iterations} measured. */
    public Figures measure(Target target, int warmups, int iterations) {
        if (inputs.isEmpty()) {
            throw new IllegalStateException("no articles to time the stage on");
        }
        Consumer<Prepared> work = switch (target) {
            case TIME -> p -> stages.time().tag(p.text, p.article.published());
            case EVENTS -> p -> stages.events().extract(p.annotated, p.text);
            case ACTORS -> p -> stages.actors().resolve(p.text, p.article.published());
            case TEXT -> p -> stages.text().analyze(p.article.body());
        };
        for (int i = 0; i < warmups; i++) {
            inputs.forEach(work);
        }
        double[] perArticle = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = StageClock.threadCpu();
            inputs.forEach(work);
            perArticle[i] = (StageClock.threadCpu() - start) / 1e3 / inputs.size();
        }
        double mean = Arrays.stream(perArticle).average().orElse(0);
        double var = Arrays.stream(perArticle).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, iterations - 1);
        return new Figures(target, inputs.size(), iterations, mean, Arrays.stream(perArticle).min().orElse(0),
                Arrays.stream(perArticle).max().orElse(0), Math.sqrt(var));
    }
}
