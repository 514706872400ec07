package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "12 June 2024|2024-06-12",
        "June 12, 2024|2024-06-12",
        "june 12th, 2024|2024-06-12",
        "2024-06-12|2024-06-12",
        "13/06/2024|2024-06-13",
        "13.06.2024|2024-06-13",
        "06/13/2024|2024-06-13",
        "07/07/2024|2024-07-07",
        "Tue, 05 Mar 2024|2024-03-05",
        "Tue, 05 Mar 2024 10:15:00 GMT|2024-03-05",
        "2024-06-12T08:30:00+07:00|2024-06-12",
        "2024-06-12T23:59:59.123Z|2024-06-12",
        "2024-06-12 08:30|2024-06-12",
        "12 Jun 2024|2024-06-12",
        "Wednesday, 12 June 2024|2024-06-12",
        "26-FEB-1987|1987-02-26",
        "  12   June   2024  |2024-06-12",
    })
    void commonFormsAreRead(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), PublicationDates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"31 February 2024", "2023-02-29", "05/06/2024", "12/06/2024", "Breaking news from Kyiv", "",
        "Mon, 05 Mar 2024", "32 June 2024", "12 Junetember 2024"})
    void impossibleAmbiguousOrNoDateIsRefused(String text) {
        assertEquals(Optional.empty(), PublicationDates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2024-02-29", "29 February 2024"})
    void leapDayOfALeapYearIsAccepted(String text) {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), PublicationDates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/ingest/date-lines.tsv", delimiter = '\t', numLinesToSkip = 1)
    void freeFormDateLinesOfAPageAreReadByNatty(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), PublicationDates.parseWritten(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"05/06/2024", "Updated 3 hours ago", "Published on February 30, 2023",
        "From March 3, 2023 to March 5, 2023", "Breaking news from Kyiv", ""})
    void aDateLineWithoutExactlyOneWrittenDayIsRefused(String text) {
        assertEquals(Optional.empty(), PublicationDates.parseWritten(text));
    }
}
