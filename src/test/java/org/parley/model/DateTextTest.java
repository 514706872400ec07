package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.DateText.Style;

class DateTextTest {
    private static TimeValue value(String v, TimexMod mod, String from, String to) {
        return new TimeValue(TimexType.DATE, v, mod, LocalDate.parse(from), LocalDate.parse(to));
    }

    @ParameterizedTest(name = "{0} {1} is \"{4}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023       | END   | 2023-09-01 | 2023-12-31 | late 2023                | 2023",
            "2023       | START | 2023-01-01 | 2023-04-30 | early 2023               | 2023",
            "2024-01    | -     | 2024-01-01 | 2024-01-31 | January 2024             | 2024-01",
            "2024-W06   | -     | 2024-02-05 | 2024-02-11 | week of 5 February 2024  | 2024-W06",
            "2024-02-12 | -     | 2024-02-12 | 2024-02-12 | 12 February 2024         | 2024-02-12",
            "2023-Q4    | -     | 2023-10-01 | 2023-12-31 | fourth quarter of 2023   | 2023",
            "2023-SU    | -     | 2023-06-01 | 2023-08-31 | summer 2023              | 2023",
            "199X       | -     | 1990-01-01 | 1999-12-31 | the 1990s                | 1990",
            "2024-01    | APPROX| 2024-01-01 | 2024-01-31 | around January 2024      | 2024-01",
            "2024-02-12T10:00 | - | 2024-02-12 | 2024-02-12 | 12 February 2024     | 2024-02-12",
    })
    void eachDateIsShownAtItsPrecision(String value, String mod, String from, String to, String words, String datetime) {
        DateView d = DateText.of(new TimeValue(TimexType.DATE, value, mod == null ? null : TimexMod.valueOf(mod),
                LocalDate.parse(from), LocalDate.parse(to)));
        assertEquals(words, d.label());
        assertEquals(datetime, d.datetime());
    }

    @ParameterizedTest(name = "{0} {1} is \"{4}\" in a table")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023       | END   | 2023-09-01 | 2023-12-31 | late 2023",
            "2024-01    | -     | 2024-01-01 | 2024-01-31 | Jan 2024",
            "2024-03    | MID   | 2024-03-11 | 2024-03-20 | mid Mar 2024",
            "2024-W06   | -     | 2024-02-05 | 2024-02-11 | week of 5 Feb 2024",
            "2024-02-12 | -     | 2024-02-12 | 2024-02-12 | 12 Feb 2024",
            "2023-Q4    | -     | 2023-10-01 | 2023-12-31 | Q4 2023",
            "2023-H1    | -     | 2023-01-01 | 2023-06-30 | H1 2023",
            "2023-SU    | -     | 2023-06-01 | 2023-08-31 | summer 2023",
            "199X       | -     | 1990-01-01 | 1999-12-31 | the 1990s",
            "2024       | APPROX| 2024-01-01 | 2024-12-31 | around 2024",
            "PAST_REF   | -     | 2024-01-03 | 2024-01-05 | 3 Jan 2024 – 5 Jan 2024",
    })
    void theShortStyleAbbreviatesMonthsAndQuartersOnly(String value, String mod, String from, String to, String words) {
        DateView d = DateText.of(value(value, mod == null ? null : TimexMod.valueOf(mod), from, to), Style.SHORT);
        assertEquals(words, d.text());
    }

    @Test
    void bothStylesGiveTheSameMachineDateAndNote() {
        EventDate d = new EventDate(value("2023-Q4", null, "2023-10-01", "2023-12-31"), DateBasis.PUBLICATION, null);
        DateView wide = DateText.of(d, Style.LONG);
        DateView narrow = DateText.of(d, Style.SHORT);
        assertEquals("fourth quarter of 2023", wide.label());
        assertEquals("Q4 2023", narrow.label());
        assertEquals(wide.datetime(), narrow.datetime());
        assertEquals("publication date", narrow.note());
        assertEquals("undated", DateText.of(EventDate.none(), Style.SHORT).label());
    }

    @Test
    void aRangeHasTwoTimes() {
        DateView d = DateText.of(value("2023/2024", null, "2023-01-01", "2024-12-31"));
        assertEquals("2023 – 2024", d.text());
        assertEquals("2023", d.datetime());
        assertEquals("2024", d.endDatetime());
        assertEquals("years", d.width());
    }

    @Test
    void lateYearIsDrawnAsASpanAndADayAsAPoint() {
        assertTrue(DateText.of(value("2023", TimexMod.END, "2023-09-01", "2023-12-31")).span());
        assertEquals("season", DateText.of(value("2023", TimexMod.END, "2023-09-01", "2023-12-31")).width());
        DateView day = DateText.of(value("2024-02-12", null, "2024-02-12", "2024-02-12"));
        assertFalse(day.span());
        assertEquals("day", day.width());
    }

    @Test
    void anUnreadableValueFallsBackToItsDays() {
        assertEquals("March 2024", DateText.of(value("XXXX-03", null, "2024-03-01", "2024-03-31")).label());
        assertEquals("3 March 2024 – 9 March 2024",
                DateText.of(value("odd", null, "2024-03-03", "2024-03-09")).text());
    }

    @Test
    void publicationDateIsShownAsSuch() {
        EventDate d = new EventDate(value("2024-06-12", null, "2024-06-12", "2024-06-12"), DateBasis.PUBLICATION, null);
        assertEquals("publication date", DateText.of(d).note());
        assertNull(DateText.of(new EventDate(value("2024-06", null, "2024-06-01", "2024-06-30"), DateBasis.TEXT, "June")).note());
    }

    @Test
    void undatedHasNoTimeElement() {
        DateView d = DateText.of(EventDate.none());
        assertEquals("undated", d.label());
        assertNull(d.datetime());
        assertFalse(d.single());
    }
}
