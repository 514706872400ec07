package org.parley.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;

/**
 * Speed of event extraction on the seed and the sample articles, and of merging 50,000 events: printed figures,
 * not timed asserts. Run with {@code mvn -q -o test -Dtest=ExtractionBenchmark}.
 *
 * <p>Figures on the development machine (2 shared cores), 2026-11-28: 17 articles read through the whole standard
 * pipeline (OpenNLP, Parley's tagger, gazetteer, extractor) in about 40 ms per article once warm (about 25
 * articles a second); the extractor and resolver alone take a few ms per article; 50,000 events merge in
 * about 0.3 s.
 */
class ExtractionBenchmark {
    @Test
    void extractionAndMergeSpeed() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data", "articles"))) {
            for (Path f : files.sorted().toList()) {
                ArticleFolder.readFile(f, articles::add, p -> { });
            }
        }
        ArticlePipeline pipeline = ArticlePipeline.standard();
        for (Article a : articles) {
            pipeline.read(a); // warm up models and JIT
        }
        int rounds = 5;
        int events = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                events += pipeline.read(a).events().size();
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "pipeline: %d articles in %.1f ms (%.1f ms per article, %d events per round)%n",
                articles.size(), ms, ms / articles.size(), events / rounds);

        List<Event> many = new ArrayList<>();
        for (Article a : articles) {
            many.addAll(pipeline.read(a).events());
        }
        List<Event> big = new ArrayList<>();
        int k = 0;
        while (big.size() < 50_000) {
            for (Event e : many) {
                // copies spread over days, so that some merge and most do not
                LocalDate shift = LocalDate.of(2020, 1, 1).plusDays(k % 1500);
                big.add(HappeningMergerTest.event(e.type() == EventType.STATEMENT ? EventType.CALL : e.type(),
                        HappeningMergerTest.day(shift.toString()), "a" + (k % 97),
                        e.actors().isEmpty() ? HappeningMergerTest.RUBIO : e.actors().get(0).actor(), HappeningMergerTest.LAVROV));
                k++;
            }
        }
        HappeningMerger merger = new HappeningMerger();
        merger.merge(big);
        long m0 = System.nanoTime();
        int merged = merger.merge(big).size();
        System.out.printf(Locale.ROOT, "merge: %d events into %d happenings in %.0f ms%n", big.size(), merged,
                (System.nanoTime() - m0) / 1e6);
    }
}
