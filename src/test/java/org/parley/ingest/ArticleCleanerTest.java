package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.parley.model.Article;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void pageFurnitureIsDropped() {
        Article article = Ingested.file(Ingested.resource("cases/furniture.txt")).only();
        String body = article.body();
        for (String furniture : List.of("Share this", "cookies", "Click here to subscribe", "Related posts",
                "Another story entirely", "Leave a Reply", "Your email address")) {
            assertFalse(body.contains(furniture), furniture + " in " + body);
        }
        assertTrue(body.startsWith("Foreign ministers met in Geneva"), body);
    }

    @Test
    void counterGluedToATitleRepeatedInTheBodyIsDropped() {
        Article article = Ingested.file(Ingested.resource("cases/furniture.txt")).only();
        assertEquals("Ministers meet in Geneva", article.title());
        assertFalse(article.body().contains("Ministers meet in Geneva"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ingest/title-counters.tsv", delimiter = '\t', numLinesToSkip = 1)
    void aNumberEndingATitleIsACounterUnlessAHeadlineWouldEndOnIt(String scraped, String kept) {
        assertEquals(kept, new ArticleCleaner().clean(scraped, "A first paragraph that is not the title.").title());
    }

    @Test
    void numberEndingATitleWithoutEvidenceOfACounterIsKept() {
        assertEquals("Top 10", Ingested.file(Ingested.resource("cases/top-ten.txt")).only().title());
    }

    @Test
    void paragraphRepeatedWithOtherQuotesAndDashesIsKeptOnce() {
        String body = Ingested.file(Ingested.resource("cases/furniture.txt")).only().body();
        assertEquals(1, body.split("officials said", -1).length - 1, body);
        assertTrue(body.contains("\u201cWe are close,\u201d the envoy said \u2014 twice."), "first copy kept: " + body);
        assertFalse(body.contains("\"We are close,\" the envoy said - twice."), body);
    }

    @Test
    void whitespaceInsideParagraphsCollapsesButParagraphsStaySeparate() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean("  A   title ", "One\n  line\tbroken.\n\n\n\nTwo\u00A0 here.");
        assertEquals("A title", cleaned.title());
        assertEquals("One line broken.\n\nTwo here.", cleaned.body());
    }

    @Test
    void bodyWithoutBlankLinesHasOneParagraphPerLine() {
        Article article = Ingested.file(Ingested.resource("cases/single-lines.txt")).only();
        assertEquals("First paragraph here.\n\nSecond paragraph here.", article.body());
    }

    @Test
    void tailMarkerAtTheVeryStartDoesNotEraseTheArticle() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean("T", List.of("Comments", "The real text."));
        assertEquals("The real text.", cleaned.body());
    }

    @Test
    void counterIsRecognisedBehindACookieBanner() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean("Talks resume 12",
                List.of("We use cookies to improve your experience.", "Talks resume 12", "Envoys met again."));
        assertEquals("Talks resume", cleaned.title());
        assertEquals("Envoys met again.", cleaned.body());
    }

    @Test
    void aSentenceBrokenWhereALinkStoodIsJoinedAgain() {
        ArticleCleaner.Cleaned c = cleaner.clean("T", "Xi greeted Putin\n\nAdvertisement\n\non a red carpet in Beijing.\n\n"
                + "They met on Jan 1\n\n2, as the visit began.\n\nP\n\nresident Widodo arrived.\n\nMinisters met in\n\nHanoi.");
        assertEquals("Xi greeted Putin on a red carpet in Beijing.\n\nThey met on Jan 12, as the visit began.\n\n"
                + "President Widodo arrived.\n\nMinisters met in\n\nHanoi.", c.body());
    }

    @Test
    void aRelatedLinkInsideThePageIsDroppedWithItsHeadlineAndTheStoryGoesOn() {
        String story = "The two presidents signed a joint statement on Thursday that set out their views on a long list of issues.";
        ArticleCleaner.Cleaned c = cleaner.clean("T", "Leaders met in Beijing on Thursday.\n\nRelated:\n\n"
                + "Putin meets Xi to seek support\n\n" + story + "\n\nREAD:\n\nAnother story headline\n\nThey parted.");
        assertEquals("Leaders met in Beijing on Thursday.\n\n" + story + "\n\nThey parted.", c.body());
    }

    @Test
    void aRelatedListAtTheEndStillEndsTheArticle() {
        ArticleCleaner.Cleaned c = cleaner.clean("T", "Leaders met in Beijing on Thursday.\n\nRelated posts\n\n"
                + "Putin meets Xi to seek support\n\nXi hails ties as stabilising force");
        assertEquals("Leaders met in Beijing on Thursday.", c.body());
    }

    @Test
    void characterEntitiesLeftInPlainTextAreDecoded() {
        assertEquals("Asia & Pacific talks began.", cleaner.clean("T", "Asia &amp; Pacific&nbsp;talks began.").body());
    }
}
