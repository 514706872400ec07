package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.event.ArticlePipeline;

/**
 * The real-news gold (data/gold-real) as floors: each batch's precision, recall, F1, must events found and
 * happenings merged stay at or above the row of data/gold-real/floors.tsv. The articles are the news-dev corpus
 * beside the checkout ({@code ../shared/corpora/news-dev}), never copied into the project; without it the tests
 * are skipped with a message.
 */
class RealGoldFloorTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpora", "news-dev");
    private static final Path GOLD = Path.of("data", "gold-real");

    /** One row of floors.tsv. */
    record Floor(String batch, double precision, double recall, double f1, int must, int merged) {
        static Floor parse(String line) {
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IllegalArgumentException("floors.tsv: 6 tab-separated fields expected: " + line);
            }
            return new Floor(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]));
        }
    }

    static List<Floor> floors() throws IOException {
        return Files.readAllLines(GOLD.resolve("floors.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Floor::parse).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyBatchHoldsItsFloor() throws IOException {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        return floors().stream().map(floor -> DynamicTest.dynamicTest(floor.batch(), () -> {
            assumeTrue(Files.isDirectory(CORPUS), "news-dev corpus not found at " + CORPUS.toAbsolutePath()
                    + ": the real-gold floors are not checked");
            EventEvaluation e = EventEvaluation.run(List.of(GOLD.resolve(floor.batch())), CORPUS, pipeline);
            assertTrue(e.problems().isEmpty(), () -> floor.batch() + ": " + e.problems());
            long must = e.mustFound();
            long merged = e.merged();
            String got = String.format(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f must %d merged %d (floor %s)",
                    floor.batch(), e.precision(), e.recall(), e.f1(), must, merged, floor);
            assertTrue(e.precision() >= floor.precision(), got);
            assertTrue(e.recall() >= floor.recall(), got);
            assertTrue(e.f1() >= floor.f1(), got);
            assertTrue(must >= floor.must(), got);
            assertTrue(merged >= floor.merged(), got);
        }));
    }
}
