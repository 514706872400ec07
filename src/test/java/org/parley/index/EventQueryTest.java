package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventQueryTest {
    @Test
    void yearAndMonthBoundsCoverTheWholeYearOrMonth() {
        assertEquals(LocalDate.of(2024, 1, 1), EventQuery.startOf("2024"));
        assertEquals(LocalDate.of(2024, 12, 31), EventQuery.endOf("2024"));
        assertEquals(LocalDate.of(2024, 2, 1), EventQuery.startOf("2024-02"));
        assertEquals(LocalDate.of(2024, 2, 29), EventQuery.endOf("2024-02"));
        assertEquals(LocalDate.of(2024, 2, 12), EventQuery.endOf("2024-02-12"));
    }

    @Test
    void impossibleDatesAreRefusedWithTheirText() {
        assertEquals("bad date '2024-13-01': Invalid value for MonthOfYear (valid values 1 - 12): 13",
                assertThrows(IllegalArgumentException.class, () -> EventQuery.startOf("2024-13-01")).getMessage());
        assertEquals("bad date 'yesterday': expected YYYY, YYYY-MM or YYYY-MM-DD",
                assertThrows(IllegalArgumentException.class, () -> EventQuery.startOf("yesterday")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventQuery.endOf("2023-02-29"));
    }

    @Test
    void fromAfterToIsRefused() {
        assertEquals("from 2024-03-01 is after to 2024-02-29", assertThrows(IllegalArgumentException.class,
                () -> EventQuery.builder().from(EventQuery.startOf("2024-03")).to(EventQuery.endOf("2024-02")).build())
                .getMessage());
    }

    @Test
    void limitMustBePositiveAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().limit(0).build());
        assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().limit(EventQuery.MAX_LIMIT + 1).build());
    }
}
