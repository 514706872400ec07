package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Problem;

/** Issue 8's bad input: each file is reported with its name and the reason, or read right. */
class BadInputTest {
    private static Ingested read(String name) {
        return Ingested.file(Ingested.resource("cases/" + name));
    }

    private static void assertSkipped(String name, String why) {
        Ingested result = read(name);
        assertEquals(0, result.articles().size(), name);
        Problem problem = result.onlyProblem();
        assertTrue(problem.source().startsWith(name), problem.toString());
        assertTrue(problem.what().contains(why), problem.toString());
        assertEquals("skipped", problem.action());
    }

    @Test
    void emptyFileIsReportedAndSkipped() {
        assertSkipped("empty.txt", "empty file");
        assertSkipped("blank.txt", "empty file");
        assertSkipped("empty.jsonl", "empty file");
    }

    @Test
    void binaryFileIsReportedAndSkipped() {
        assertSkipped("binary.txt", "binary");
    }

    @Test
    void firstLineThatIsNoDateIsNamedWithItsLine() {
        assertSkipped("no-date.txt", "not a publication date");
        assertEquals("no-date.txt:1", read("no-date.txt").onlyProblem().source());
    }

    @Test
    void impossibleDateIsRefusedNotRolledOver() {
        Problem problem = read("impossible-date.txt").onlyProblem();
        assertEquals("impossible-date.txt:1", problem.source());
        assertTrue(problem.what().contains("31 February 2024"), problem.toString());
    }

    @Test
    void ambiguousNumericDateIsRefusedAndSaidToBeAmbiguous() {
        assertSkipped("ambiguous-date.txt", "ambiguous");
        assertEquals(LocalDate.of(2024, 6, 13), read("unambiguous-date.txt").only().published());
    }

    @Test
    void givenDateLetsAFileWithoutDateLineBeRead() {
        Article article = Ingested.file(Ingested.resource("cases/no-date.txt"), LocalDate.of(2024, 1, 2)).only();
        assertEquals("Breaking news from Kyiv", article.title());
        assertEquals(LocalDate.of(2024, 1, 2), article.published());
    }

    @Test
    void titleWithoutBodyIsReported() {
        assertSkipped("title-only.txt", "no article text");
    }

    @Test
    void latin1IsReadAsWindows1252AndSaidSo() {
        Ingested result = read("latin1.txt");
        Article article = result.only();
        assertEquals("Café talks in Zürich", article.title());
        assertTrue(article.body().contains("délégation"), article.body());
        assertEquals("read as windows-1252", result.onlyProblem().action());
        assertTrue(result.onlyProblem().what().contains("not valid UTF-8"));
    }

    @Test
    void windows1252QuotesDashesAndEuroReadRight() {
        Article article = read("cp1252.txt").only();
        assertEquals("\u201cTalks\u201d resume \u2013 again", article.title());
        assertTrue(article.body().contains("5 \u20ac bn"), article.body());
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreInvisible() {
        Ingested result = read("bom-crlf.txt");
        Article article = result.only();
        assertEquals(0, result.problems().size(), result.problems().toString());
        assertEquals(LocalDate.of(2024, 6, 12), article.published());
        assertEquals("BOM and CRLF", article.title());
        assertEquals("First paragraph of the story, over two lines.\n\nSecond paragraph.", article.body());
    }

    @Test
    void unsupportedFormatsAreReportedAndSkipped() {
        assertSkipped("report.pdf", "unsupported format (.pdf)");
        assertSkipped("document.docx", "unsupported format (.docx)");
    }
}
