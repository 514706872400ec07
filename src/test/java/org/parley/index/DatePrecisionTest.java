package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.index.DatePrecision.Style;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

class DatePrecisionTest {
    private static TimeValue v(String value, String mod, String earliest, String latest) {
        return new TimeValue(TimexType.DATE, value, mod == null || mod.isEmpty() ? null : TimexMod.valueOf(mod),
                earliest == null ? null : LocalDate.parse(earliest), latest == null ? null : LocalDate.parse(latest));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @CsvSource({
            "2023, END, 2023-09-01, 2023-12-31, late 2023, late 2023",
            "2024-01, , 2024-01-01, 2024-01-31, Jan 2024, January 2024",
            "2024-02-12, , 2024-02-12, 2024-02-12, 12 Feb 2024, 12 February 2024",
            "2024-02-12T10:00, , 2024-02-12, 2024-02-12, 12 Feb 2024, 12 February 2024",
            "2024, START, 2024-01-01, 2024-04-30, early 2024, early 2024",
            "2024-03, MID, 2024-03-11, 2024-03-20, mid Mar 2024, mid March 2024",
            "2023-Q4, , 2023-10-01, 2023-12-31, Q4 2023, Q4 2023",
            "2023-W06, , 2023-02-06, 2023-02-12, week 6 of 2023, week 6 of 2023",
            "2023-SU, , 2023-06-01, 2023-08-31, summer 2023, summer 2023",
            "199X, , 1990-01-01, 1999-12-31, 1990s, 1990s",
            "2024, APPROX, 2024-01-01, 2024-12-31, about 2024, about 2024",
            "PAST_REF, , 2024-01-03, 2024-01-05, 3 Jan 2024 – 5 Jan 2024, 3 January 2024 – 5 January 2024",
    })
    void eachDateIsWrittenAtItsPrecision(String value, String mod, String earliest, String latest, String shortText,
                                         String longText) {
        assertEquals(shortText, DatePrecision.format(v(value, mod, earliest, latest), Style.SHORT));
        assertEquals(longText, DatePrecision.format(v(value, mod, earliest, latest), Style.LONG));
    }

    @Test
    void aPublicationDateIsShownAsSuchAndNoDateAsUndated() {
        EventDate pub = new EventDate(v("2024-06-12", null, "2024-06-12", "2024-06-12"), DateBasis.PUBLICATION, null);
        assertEquals("12 Jun 2024 (publication date)", DatePrecision.format(pub, Style.SHORT));
        assertEquals("undated", DatePrecision.format(EventDate.none(), Style.SHORT));
    }
}
