package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.parley.time.TypedDates.TypedDate;

/** The examples of typed dates (src/test/resources/time/typed-dates.tsv), each read as its row says. */
class TypedDatesTest {
    @ParameterizedTest(name = "{0} on {1}")
    @CsvFileSource(resources = "/time/typed-dates.tsv", delimiter = '\t', numLinesToSkip = 1, nullValues = "-")
    void eachTypedDateStandsForItsDays(String typed, String today, String first, String last, String reader) {
        TypedDate d = TypedDates.read(typed, LocalDate.parse(today));
        assertEquals(first == null ? null : LocalDate.parse(first), d.earliest(), typed);
        assertEquals(last == null ? null : LocalDate.parse(last), d.latest(), typed);
        assertEquals(reader, d.reader(), typed);
    }

    @Test
    void whatNoReaderTakesIsAnErrorQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedDates.read("whenever", LocalDate.of(2026, 12, 3)));
        assertTrue(e.getMessage().startsWith("cannot read 'whenever' as a date"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypedDates.read("2024-02-30", LocalDate.of(2026, 12, 3)));
    }

    @Test
    void theDaysAreSaidInTheSitesWords() {
        assertEquals("1 November 2026 – 30 November 2026", TypedDates.read("last month", LocalDate.of(2026, 12, 3)).days());
        assertEquals("from 1 March 2026", TypedDates.read("since March", LocalDate.of(2026, 12, 3)).days());
        assertEquals("2 December 2026", TypedDates.read("yesterday", LocalDate.of(2026, 12, 3)).days());
    }
}
