package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/** The seed article's time expressions, as its gold timeline reads them. */
class SeedTimexTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);
    private static String text;
    private static List<TimeExpression> found;

    @BeforeAll
    static void tagSeed() throws IOException {
        text = Files.readString(Path.of("data", "articles", "000_ae40472464565332.txt"), StandardCharsets.UTF_8);
        found = new ParleyTemporalTagger().tag(text, PUBLISHED);
    }

    private static TimeValue valueOfText(String words) {
        int at = text.indexOf(words);
        assertTrue(at >= 0, "seed holds '" + words + "'");
        for (TimeExpression e : found) {
            if (e.start() == at && e.text().equals(words)) {
                return e.value();
            }
        }
        throw new AssertionError("no time expression '" + words + "' in " + found);
    }

    @Test
    void inTwentyTwentyThreeIsTheYearNeverAClockTime() {
        int at = text.indexOf("in 2023") + 3;
        TimeExpression e = found.stream().filter(x -> x.start() == at).findFirst().orElseThrow();
        assertEquals("2023", e.text());
        assertEquals(TimexType.DATE, e.value().type());
        assertEquals("2023", e.value().value());
        assertEquals(LocalDate.of(2023, 1, 1), e.value().earliest());
        assertEquals(LocalDate.of(2023, 12, 31), e.value().latest());
    }

    @Test
    void endOfAYearMeansItsLastFourMonths() {
        TimeValue v = valueOfText("the end of 2023");
        assertEquals("2023", v.value());
        assertEquals(TimexMod.END, v.mod());
        assertEquals(LocalDate.of(2023, 9, 1), v.earliest());
        assertEquals(LocalDate.of(2023, 12, 31), v.latest());
    }

    @Test
    void lateAndEarlyYearsJoinIntoOneRange() {
        TimeValue v = valueOfText("late 2023 and early 2024");
        assertEquals("2023/2024", v.value());
        assertEquals(LocalDate.of(2023, 9, 1), v.earliest());
        assertEquals(LocalDate.of(2024, 4, 30), v.latest());
    }

    @Test
    void januaryWithoutAYearLooksBackFromTheNarrativeTime() {
        TimeValue v = valueOfText("January");
        assertEquals("2024-01", v.value());
        assertEquals(LocalDate.of(2024, 1, 1), v.earliest());
        assertEquals(LocalDate.of(2024, 1, 31), v.latest());
    }

    @Test
    void februaryDaysTakeThePublicationYear() {
        assertEquals("2024-02-12", valueOfText("February 12").value());
        assertEquals("2024-02-11", valueOfText("February 11").value());
    }

    @Test
    void earlyLastWeekBelongsToTheWeekBeforeFebruaryTwelfth() {
        TimeValue v = valueOfText("early last week");
        assertEquals("2024-W06", v.value());
        assertEquals(TimexMod.START, v.mod());
        assertEquals(LocalDate.of(2024, 2, 5), v.earliest());
        assertEquals(LocalDate.of(2024, 2, 7), v.latest());
    }

    @Test
    void byTheEndOfTwentyTwentyTwoIsTheEndOfThatYear() {
        TimeValue v = valueOfText("the end of 2022");
        assertEquals("2022", v.value());
        assertEquals(TimexMod.END, v.mod());
    }

    @Test
    void manyMonthsIsADurationNotADate() {
        TimeValue v = valueOfText("many months");
        assertEquals(TimexType.DURATION, v.type());
        assertEquals("PXM", v.value());
        assertNull(v.earliest());
    }

    @Test
    void nothingIsAClockTime() {
        for (TimeExpression e : found) {
            assertNotNull(e.value());
            assertTrue(e.value().type() != TimexType.TIME, "no clock time in the seed: " + e);
        }
    }
}
