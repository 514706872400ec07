package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void aStorysOwnWordsStartAfterItsPlacesAndDay() {
        String s = "KYIV/ISTANBUL - Russian missiles struck Odesa.";
        assertEquals(s.indexOf("Russian"), Dateline.wordsStart(s, 0, s.length()));
        String d = "JERUSALEM, May 6 - Putin apologised.";
        assertEquals(d.indexOf("Putin"), Dateline.wordsStart(d, 0, d.length()));
        String none = "Putin apologised on May 6 - in a call.";
        assertEquals(0, Dateline.wordsStart(none, 0, none.length()));
    }

    @Test
    void theDayOfADatelineIsTheDayOfTheReport() {
        String d = "MOSCOW, Nov 11 - The Kremlin denied a report.";
        int at = d.indexOf("Nov 11");
        assertTrue(Dateline.isDay(d, 0, d.length(), at, at + 6));
        String told = "Putin met Xi on Nov 11 - a first.";
        int on = told.indexOf("Nov 11");
        assertFalse(Dateline.isDay(told, 0, told.length(), on, on + 6));
    }
}
