package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class NarrativeTimeTest {
    private static Article article(String published, String body) {
        return new Article("a", "a.txt", null, LocalDate.parse(published), "t", body);
    }

    @Test
    void aRepublishedStoryIsToldFromItsFirstPublication() {
        assertEquals(LocalDate.of(2024, 2, 17), NarrativeTime.of(article("2024-03-04",
                "Editor's note: This story was first published on February 17, 2024. We are republishing it.\n\nMUNICH - ...")));
    }

    @Test
    void anOrdinaryStoryIsToldFromItsPublication() {
        assertEquals(LocalDate.of(2024, 3, 4), NarrativeTime.of(article("2024-03-04", "MUNICH - Blinken met Wang on Friday.")));
    }
}
