package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class HtmlArticleReaderTest {
    private static Ingested read(String name) {
        return Ingested.file(Ingested.resource("cases/" + name));
    }

    @Test
    void scriptsStylesCommentsAndNavigationNeverReachTheBody() {
        String body = read("script.html").only().body();
        for (String injected : List.of("Moscow", "Vienna", "Paris", "Rome", "Sunday", "Oslo", "Berlin", "Doha",
                "Home", "Copyright", "Share on Facebook", "email address", "document.write", "dataLayer", "color")) {
            assertFalse(body.contains(injected), injected + " leaked into: " + body);
        }
    }

    @Test
    void articleTextIsKeptInParagraphsWithASentenceBrokenByMarkupJoined() {
        assertEquals("Envoys of the two governments met in Geneva on Tuesday, diplomats said.\n\n"
                + "The meeting lasted three hours and ended without a statement.", read("script.html").only().body());
    }

    @Test
    void metadataGivesDateTitleAndCanonicalUrl() {
        Article article = read("script.html").only();
        assertEquals(LocalDate.of(2024, 3, 5), article.published(), "article:published_time wins over JSON-LD");
        assertEquals("Envoys meet in Geneva", article.title());
        assertEquals("https://news.example.org/2024/03/envoys-geneva", article.url());
    }

    @Test
    void aPageWithOnlyAPrintedDateLineIsDatedByIt() {
        assertEquals(LocalDate.of(2023, 3, 22), read("byline-only.html").only().published());
    }

    @Test
    void jsonLdDatePublishedIsFoundInsideAGraph() {
        Article article = read("jsonld-only.html").only();
        assertEquals(LocalDate.of(2024, 2, 11), article.published());
        assertEquals("Only JSON-LD", article.title());
        assertNull(article.url());
    }

    @Test
    void timeElementDatesAPageWithoutMetadata() {
        Article article = read("time-element.html").only();
        assertEquals(LocalDate.of(2024, 1, 20), article.published());
        assertTrue(article.body().contains("The call took place in January."));
    }

    @Test
    void pageWithoutDateIsReportedAndSkipped() {
        Ingested result = read("no-date.html");
        assertEquals(0, result.articles().size());
        assertTrue(result.onlyProblem().what().contains("no publication date"), result.onlyProblem().toString());
    }

    @Test
    void declaredLatin1CharsetIsHonoured() {
        Ingested result = read("latin1.html");
        Article article = result.only();
        assertEquals("Talks in Zürich, café au lait.", article.body());
        assertEquals("read as ISO-8859-1", result.onlyProblem().action());
    }

    @Test
    void scrapedBlogPageIsCleanedLikeTheSeed() {
        Article article = read("wordpress.html").only();
        assertEquals(LocalDate.of(2024, 6, 12), article.published());
        assertEquals("Revealing President Putin's ceasefire proposal in Ukraine", article.title());
        assertEquals("https://daily.example.com/putin-ceasefire/", article.url());
        assertEquals("(Dan Tri) - Russian President Vladimir Putin's proposal for a ceasefire in Ukraine was rejected by the US."
                + "\n\nAccording to three Russian sources, the intermediaries met in Türkiye at the end of 2023.", article.body());
    }
}
