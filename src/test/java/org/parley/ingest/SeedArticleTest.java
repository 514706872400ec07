package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class SeedArticleTest {
    private static final Path BUNDLED = Path.of("data", "articles", "000_ae40472464565332.txt");
    private static final String LEAD = "Russian President Vladimir Putin";

    private static Article seed() {
        return Ingested.file(BUNDLED).only();
    }

    @Test
    void titleLosesItsCommentCounter() {
        assertEquals("Revealing President Putin's ceasefire proposal in Ukraine", seed().title());
    }

    @Test
    void publishedIsTheFirstLine() {
        assertEquals(LocalDate.of(2024, 6, 12), seed().published());
    }

    @Test
    void leadParagraphStandsOnceAndFirst() {
        String body = seed().body();
        assertTrue(body.startsWith("(Dan Tri) - " + LEAD + "'s proposal"), body.substring(0, 80));
        assertEquals(1, count(body, "proposal for a ceasefire in Ukraine was rejected"), body);
    }

    @Test
    void titleIsNotRepeatedInTheBody() {
        assertFalse(seed().body().contains("Revealing President"));
    }

    @Test
    void commentFormIsGone() {
        String body = seed().body();
        assertFalse(body.contains("Leave a Reply"));
        assertFalse(body.contains("Your email address"));
        assertTrue(body.endsWith("by the end of 2022."), body.substring(body.length() - 60));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        String body = seed().body();
        assertFalse(body.contains("\n\n\n"));
        for (String paragraph : body.split("\n\n")) {
            assertFalse(paragraph.contains("\n") || paragraph.contains("  ") || paragraph.isBlank(), paragraph);
        }
    }

    @Test
    void idIsTheHashOfTheRelativePath() {
        Article article = seed();
        assertEquals("000_ae40472464565332.txt", article.source());
        assertEquals(ArticleIds.of("000_ae40472464565332.txt"), article.id());
        assertEquals(16, article.id().length());
    }

    @Test
    void sharedSeedReadsLikeTheBundledCopy() {
        Path shared = Path.of("..", "shared", "seeds", "000_ae40472464565332.txt");
        Assumptions.assumeTrue(Files.exists(shared), "../shared not present: skipping the shared seed");
        Article fromShared = Ingested.file(shared).only();
        assertEquals(seed().body(), fromShared.body());
        assertEquals(seed().title(), fromShared.title());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
