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
 * <p>Figures on the development machine (2 cores shared by six developers, load average 15), 2026-11-28 12:20 UTC:
 * {@code pipeline: 17 articles in 2083.0 ms wall, 549.1 ms CPU (32.3 ms CPU per article, 122 events per round)}
 * for the whole standard pipeline (OpenNLP, Parley's tagger, gazetteer, extractor, in-article merge) on the seed and
 * the 16 sample articles; {@code merge: 50020 events into 17275 happenings in 866 ms wall, 319 ms CPU}. CPU time is
 * printed beside wall time because on a shared machine wall time measures the neighbours too.
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
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                events += pipeline.read(a).events().size();
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / rounds;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "pipeline: %d articles in %.1f ms wall, %.1f ms CPU (%.1f ms CPU per article, %d events per round)%n",
                articles.size(), ms, cpuMs, cpuMs / articles.size(), events / rounds);

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
        merger.merge(big);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long m0 = System.nanoTime();
        int merged = merger.merge(big).size();
        // CPU time as well as wall time: the machine is shared, and wall time measures the neighbours too
        System.out.printf(Locale.ROOT, "merge: %d events into %d happenings in %.0f ms wall, %.0f ms CPU%n", big.size(), merged,
                (System.nanoTime() - m0) / 1e6, (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
    }
}
