package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO weeks at year boundaries: the week-based year, not the calendar year, names the week. */
class PeriodWeekTest {

    @Test
    void weekAcrossNewYearTakesItsWeekBasedYear() {
        assertEquals("2025-W01", Period.week(LocalDate.of(2024, 12, 30)).value());
        assertEquals("2024-W52", Period.week(LocalDate.of(2025, 1, 1)).shift(Grain.WEEK, -1).value());
    }

    @Test
    void fiftyThirdWeekIsKept() {
        assertEquals("2020-W53", Period.week(LocalDate.of(2021, 1, 3)).value());
    }

    @Test
    void weekNumberHasTwoDigits() {
        assertEquals("2000-W07", Period.week(LocalDate.of(2000, 2, 16)).value());
    }
}
