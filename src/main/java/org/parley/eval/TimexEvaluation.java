package org.parley.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.eval.TimeMlDocument.Span;
import org.parley.model.TimeExpression;
import org.parley.time.TemporalTagger;

/**
 * Tags every TimeML document of a folder and scores the result against its gold: what
 * {@code parley eval timex} runs and the quality floor test checks.
 */
public final class TimexEvaluation {
    private final TemporalTagger tagger;

    public TimexEvaluation(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The outcome: the score, the system's spans per document, the files that could not be read. */
    public record Result(TimexScore score, List<Tagged> documents, List<String> problems) { }

    /** One document with the system's expressions. */
    public record Tagged(TimeMlDocument document, List<TimeExpression> expressions) { }

    /** Reads, tags and scores every {@code .tml} file directly in {@code goldDir}, in name order. */
    public Result run(Path goldDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        TimexScore score = new TimexScore();
        List<Tagged> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            TimeMlDocument d;
            try {
                d = TimeMlDocument.read(f);
            } catch (IOException | RuntimeException e) {
                problems.add(f + ": " + e.getMessage());
                continue;
            }
            List<TimeExpression> found = tagger.tag(d.text(), d.dct());
            score.add(d.name(), d.text(), d.gold(), spans(found));
            docs.add(new Tagged(d, found));
        }
        return new Result(score, docs, problems);
    }

    /** The system's expressions as scorer spans. */
    public static List<Span> spans(List<TimeExpression> found) {
        return found.stream().map(e -> new Span(e.start(), e.end(), e.value().type().name(), e.value().value(),
                e.value().mod() == null ? "" : e.value().mod().name())).toList();
    }
}
