package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeValueTest {
    private static TimeValue days(String value, String from, String to) {
        return new TimeValue(TimexType.DATE, value, null, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMonthIsWiderThanADay() {
        assertEquals(31, days("2024-01", "2024-01-01", "2024-01-31").widthInDays());
        assertEquals(1, days("2024-02-12", "2024-02-12", "2024-02-12").widthInDays());
    }

    @Test
    void intervalsThatShareADayOverlap() {
        TimeValue late2023 = days("2023", "2023-09-01", "2023-12-31");
        assertTrue(late2023.overlaps(days("2023-12-31", "2023-12-31", "2023-12-31")));
        assertFalse(late2023.overlaps(days("2024-01", "2024-01-01", "2024-01-31")));
    }

    @Test
    void aValueThatEndsBeforeItStartsIsRefusedWithBothDaysQuoted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> days("2024", "2024-12-31", "2024-01-01"));
        assertTrue(e.getMessage().contains("2024-12-31..2024-01-01"), e.getMessage());
    }

    @Test
    void unknownEventTypeNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventType.parse("hug"));
        assertTrue(e.getMessage().contains("'hug'") && e.getMessage().contains("MEET"), e.getMessage());
        assertEquals(EventType.CALL, EventType.parse("call"));
    }
}
