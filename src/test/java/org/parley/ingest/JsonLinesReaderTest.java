package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Problem;

class JsonLinesReaderTest {
    private final Ingested broken = Ingested.file(Ingested.resource("cases/broken.jsonl"));

    @Test
    void goodLinesAroundABrokenOneAreRead() {
        assertEquals(List.of("Good one", "Good two"), broken.articles().stream().map(Article::title).toList());
        Article first = broken.articles().get(0);
        assertEquals(LocalDate.of(2024, 6, 12), first.published());
        assertEquals("https://example.org/a1", first.url());
        assertEquals("First good article.\n\nIts second paragraph.", first.body());
        assertEquals("broken.jsonl#a1", first.source());
        assertEquals(ArticleIds.of("broken.jsonl#a1"), first.id());
    }

    @Test
    void eachBadLineIsNamedWithItsNumber() {
        List<Problem> problems = broken.problems();
        assertEquals(List.of("broken.jsonl:2", "broken.jsonl:4", "broken.jsonl:6"),
                problems.stream().map(Problem::source).toList(), problems.toString());
        assertTrue(problems.get(0).what().startsWith("not valid JSON"), problems.get(0).toString());
        assertEquals("skipped line 2", problems.get(0).action());
        assertTrue(problems.get(1).what().contains("published"), problems.get(1).toString());
        assertTrue(problems.get(2).what().contains("not a JSON object"), problems.get(2).toString());
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreInvisible() {
        Ingested result = Ingested.file(Ingested.resource("cases/crlf-bom.jsonl"));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Good one", "Good two"), result.articles().stream().map(Article::title).toList());
    }
}
