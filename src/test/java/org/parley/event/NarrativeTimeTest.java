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
    void aStoryIsToldFromTheDayOfItsDatelineWhichMayFollowThePagesDate() {
        Article amalgum = article("2009-01-17", "Sunday, January 18, 2009\n\nYesterday the prime minister held a press conference.")
                .withDatelineMarked();
        assertEquals(LocalDate.of(2009, 1, 18), NarrativeTime.of(amalgum));
        Article far = article("2024-06-12", "JEDDAH, March 11 (Reuters) - Ukraine said on Tuesday it was ready.").withDatelineMarked();
        assertEquals(LocalDate.of(2024, 6, 12), NarrativeTime.of(far), "a dateline day months away is no narrative day");
    }

    @Test
    void anOrdinaryStoryIsToldFromItsPublication() {
        assertEquals(LocalDate.of(2024, 3, 4), NarrativeTime.of(article("2024-03-04", "MUNICH - Blinken met Wang on Friday.")));
    }
}
