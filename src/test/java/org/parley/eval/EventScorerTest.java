package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.GoldTimeline.GoldEvent;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

class EventScorerTest {
    private static final GoldEvent REJECTION = new GoldEvent("us-rejects", true, List.of("REJECT"), null, "2024-01",
            List.of("2023-12", "2024", "2024-Q1"), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 13), 31,
            List.of("United States"), "");

    private static TimeValue value(String v, TimexMod mod, String from, String to) {
        return new TimeValue(TimexType.DATE, v, mod, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void goldValueOrAcceptedValueMatches() {
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024-01", null, "2024-01-01", "2024-01-31")));
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024", TimexMod.START, "2024-01-01", "2024-04-30")));
    }

    @Test
    void anIntervalInsideTheSpanNoWiderThanTheGoldValueMatches() {
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024-01-15", null, "2024-01-15", "2024-01-15")));
        assertFalse(EventScorer.dateMatches(REJECTION, value("2024-06-12", null, "2024-06-12", "2024-06-12")));
        assertFalse(EventScorer.dateMatches(REJECTION, value("2023-12/2024-02", null, "2023-12-01", "2024-02-13")),
                "inside the span but wider than a month");
    }

    @Test
    void endOfAYearIsItsLastFourMonths() {
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31)}, GoldTimeline.interval("2023", "END"));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 11)}, GoldTimeline.interval("2024-W06", null));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29)}, GoldTimeline.interval("2023-12/2024-02", null));
    }
}
