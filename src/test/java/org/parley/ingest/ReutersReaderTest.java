package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Problem;

class ReutersReaderTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpora", "reuters21578");
    private final Ingested sample = Ingested.file(Ingested.resource("reuters/reut2-test.sgm"));

    @Test
    void oneArticlePerRecordWithABody() {
        assertEquals(List.of("reut2-test.sgm#NEWID=1", "reut2-test.sgm#NEWID=3", "reut2-test.sgm#NEWID=4"),
                sample.articles().stream().map(Article::source).toList());
        assertEquals(ArticleIds.of("reut2-test.sgm#NEWID=1"), sample.articles().get(0).id());
    }

    @Test
    void datelineStartsTheBodyAndParagraphsFollowTheIndentation() {
        Article cocoa = sample.articles().get(0);
        assertEquals("BAHIA COCOA REVIEW", cocoa.title());
        assertEquals(LocalDate.of(1987, 2, 26), cocoa.published());
        assertEquals("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating "
                + "the drought since early January, Comissaria Smith said in its weekly review.\n\n"
                + "The dry period means the temporao will be late this year.\n\n"
                + "Profits rose <5 pct> at AT&T <T>, it said.", cocoa.body());
    }

    @Test
    void malformedTimeAndControlCharactersDoNoHarm() {
        Article paris = sample.articles().get(1);
        assertEquals(LocalDate.of(1987, 3, 31), paris.published());
        assertEquals("WASHINGTON, March 31 - Finance officials met in Paris to discuss world economic growth.\u00fc"
                + "side measures to boost growth, he said.", paris.body());
        Article untitled = sample.articles().get(2);
        assertEquals(LocalDate.of(1987, 3, 27), untitled.published());
        assertEquals("", untitled.title());
        assertEquals("An untitled story without a dateline.", untitled.body());
        for (Article article : sample.articles()) {
            assertFalse(article.body().chars().anyMatch(c -> c < 0x20 && c != '\n'), article.source());
        }
    }

    @Test
    void storiesWithoutBodyAreCountedInOneProblemPerFile() {
        Problem problem = sample.onlyProblem();
        assertEquals("reut2-test.sgm", problem.source());
        assertTrue(problem.what().startsWith("1 of 4 stories have no <BODY>"), problem.toString());
        assertEquals("skipped 1 stories", problem.action());
    }

    @Test
    void everyRecordOfTheFullCorpusIsAccountedFor() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared not present: skipping Reuters-21578");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".sgm")).sorted().toList();
        }
        ReutersReader reader = new ReutersReader(new ArticleCleaner());
        int records = 0;
        int withBody = 0;
        int withoutBody = 0;
        int unreadable = 0;
        List<Problem> problems = new ArrayList<>();
        int[] articles = {0};
        for (Path file : files) {
            ReutersReader.Counts counts = reader.read(
                    new SourceFile(file, file.getFileName().toString(), IngestOptions.defaults(), null),
                    article -> articles[0]++, problems::add);
            records += counts.records();
            withBody += counts.withBody();
            withoutBody += counts.withoutBody();
            unreadable += counts.unreadable();
        }
        assertEquals(22, files.size());
        assertEquals(21_578, records);
        assertEquals(records, withBody + withoutBody + unreadable);
        assertEquals(0, unreadable, problems.toString());
        assertEquals(withBody, articles[0]);
        assertEquals(19_043, withBody, "records with a <BODY>");
        assertTrue(problems.size() <= files.size(), "one summary problem per file at most: " + problems.size());
    }
}
