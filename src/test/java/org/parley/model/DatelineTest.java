package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 17);
    private static final String STORY = "The two leaders signed a statement on their partnership after long talks in the capital.";

    private static Dateline find(String body) {
        return Dateline.find(body, PUBLISHED);
    }

    /** The words the dateline covers. */
    private static String words(String body) {
        Dateline d = find(body);
        return body.substring(d.start(), d.end()).strip();
    }

    @Test
    void aStorysOwnWordsStartAfterItsPlacesAndDay() {
        String s = "KYIV/ISTANBUL - Russian missiles struck Odesa.";
        Dateline d = find(s);
        assertEquals(s.indexOf("Russian"), d.wordsStart(0, s.length()));
        String none = "Putin apologised on May 6 - in a call.";
        assertFalse(find(none).present());
        assertEquals(0, find(none).wordsStart(0, none.length()));
    }

    @Test
    void wireAndNewspaperDatelinesAreFound() {
        assertEquals("WASHINGTON (Reuters) -", words("WASHINGTON (Reuters) - " + STORY));
        assertEquals("BEIJING/MOSCOW:", words("BEIJING/MOSCOW: " + STORY));
        assertEquals("KUALA LUMPUR -", words("KUALA LUMPUR - " + STORY));
        assertEquals("HANOI –", words("HANOI – " + STORY));
        assertEquals("DAMASCUS, Syria —", words("DAMASCUS, Syria — " + STORY));
        assertEquals("BUFFALO, N.Y. (AP) --", words("BUFFALO, N.Y. (AP) --\n" + STORY));
        assertEquals("JEDDAH, Saudi Arabia, March 11 (Reuters) -", words("JEDDAH, Saudi Arabia, March 11 (Reuters) - " + STORY));
    }

    @Test
    void aDatelineMayFollowPageFurniture() {
        String body = "World\n\nAsia\n\n17 May 2024 04:25AM\n\nBookmark\n\nLIVE UPDATES: Exam results\n\nMOSCOW: " + STORY;
        assertEquals("MOSCOW:", words(body));
    }

    @Test
    void aPlaceAloneBeforeTheStoryIsItsDateline() {
        assertEquals("Jakarta.", words("Jakarta.\n\n" + STORY));
        assertEquals("Guangzhou, China.", words("Guangzhou, China.\n\n" + STORY));
        assertFalse(find("Advertisement\n\nShare.\n\nMore.\n\nOk").present(), "a menu's words are followed by no story");
    }

    @Test
    void aColonAfterCapitalsIsADatelineOnlyBeforeAStory() {
        assertFalse(find("LIVE UPDATES: Bar exam results 2024\n\nSubscribe now").present());
    }

    @Test
    void aDayAloneAtTheHeadIsTheDayTheStoryWasWritten() {
        Dateline wikinews = Dateline.find("Wednesday, January 23, 2019\n\n" + STORY, LocalDate.of(2019, 1, 23));
        assertEquals(LocalDate.of(2019, 1, 23), wikinews.day());
        Dateline later = Dateline.find("A headline\n\nSunday, January 18, 2009\n\n" + STORY, LocalDate.of(2009, 1, 17));
        assertEquals(LocalDate.of(2009, 1, 18), later.day(), "AMALGUM prints a dateline a day after the page's date");
        assertEquals(LocalDate.of(2024, 4, 2), Dateline.find("Beijing\n\nTue, April 2, 2024\n\n" + STORY, LocalDate.of(2024, 4, 2)).day());
    }

    @Test
    void aWiresDayTakesTheYearNearestPublication() {
        Dateline d = Dateline.find("WASHINGTON, Dec. 31 - " + STORY, LocalDate.of(2024, 1, 2));
        assertEquals(LocalDate.of(2023, 12, 31), d.day());
        assertEquals(LocalDate.of(2023, 12, 31), d.dayOr(LocalDate.of(2024, 1, 2)));
    }

    @Test
    void aDayFarFromPublicationIsNoNarrativeDay() {
        Dateline d = Dateline.find("JEDDAH, March 11 (Reuters) - " + STORY, LocalDate.of(2024, 6, 12));
        assertTrue(d.present());
        assertNull(d.day());
        assertEquals(LocalDate.of(2024, 6, 12), d.dayOr(LocalDate.of(2024, 6, 12)));
    }

    @Test
    void theDayOfADatelineIsCoveredByIt() {
        String d = "MOSCOW, Nov 11 - The Kremlin denied a report.";
        int at = d.indexOf("Nov 11");
        assertTrue(Dateline.find(d, LocalDate.of(2024, 11, 11)).covers(at, at + 6));
        String told = "Putin met Xi on Nov 11 - a first.";
        int on = told.indexOf("Nov 11");
        assertFalse(Dateline.find(told, LocalDate.of(2024, 11, 11)).covers(on, on + 6));
    }
}
