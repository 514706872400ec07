package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventType;

class MergeBlocksTest {
    private static Set<String> keys(Event e) {
        return MergeBlocks.of(List.of(e)).get(0);
    }

    @Test
    void aDatedEventIsInTheBlockOfEachPartyAndEachMonthItSpans() {
        Event call = Fixtures.event("c", EventType.CALL, Fixtures.date("2024-01", null, "2024-01-20", "2024-02-05"), null,
                "a1", "They spoke.", Fixtures.SULLIVAN, Fixtures.USHAKOV);
        assertEquals(Set.of("CALL|ASSERTED|jake-sullivan|2024-01", "CALL|ASSERTED|jake-sullivan|2024-02",
                "CALL|ASSERTED|@USA|2024-01", "CALL|ASSERTED|@USA|2024-02",
                "CALL|ASSERTED|yury-ushakov|2024-01", "CALL|ASSERTED|yury-ushakov|2024-02",
                "CALL|ASSERTED|@RUS|2024-01", "CALL|ASSERTED|@RUS|2024-02"), keys(call));
    }

    @Test
    void theFirstDayOfAMonthIsAlsoInTheBlockOfTheMonthBeforeWhereAReportADayOffMeetsIt() {
        Event first = Fixtures.event("f", EventType.STATEMENT, Fixtures.day("2024-02-01"), null, "a1", "He said.",
                Fixtures.SULLIVAN);
        Event last = Fixtures.event("l", EventType.STATEMENT, Fixtures.day("2024-01-31"), null, "a2", "He said.",
                Fixtures.SULLIVAN);
        assertTrue(keys(first).contains("STATEMENT|ASSERTED|jake-sullivan|2024-01"));
        assertTrue(keys(last).contains("STATEMENT|ASSERTED|jake-sullivan|2024-02"));
    }

    @Test
    void aStatementIsNotKeyedByCountry() {
        Event said = Fixtures.event("s", EventType.STATEMENT, Fixtures.day("2024-01-20"), null, "a1", "He said.",
                Fixtures.SULLIVAN);
        assertEquals(Set.of("STATEMENT|ASSERTED|jake-sullivan|2024-01"), keys(said));
    }

    @Test
    void aNegotiationMeetsMeetingsAndCalls() {
        Event talks = Fixtures.event("n", EventType.NEGOTIATE, Fixtures.day("2024-01-20"), null, "a1", "They negotiated.",
                Fixtures.PUTIN);
        assertTrue(keys(talks).containsAll(Set.of("NEGOTIATE|ASSERTED|vladimir-putin|2024-01",
                "MEET|ASSERTED|vladimir-putin|2024-01", "CALL|ASSERTED|vladimir-putin|2024-01")));
    }

    @Test
    void anUndatedEventMeetsTheDatedEventsOfItsOwnArticleAndUndatedOnesOfItsActors() {
        Event undated = Fixtures.event("u", EventType.MEET, EventDate.none(), null, "a1", "They met.", Fixtures.PUTIN);
        Event dated = Fixtures.event("d", EventType.MEET, Fixtures.day("2024-01-20"), null, "a1", "They met on Saturday.",
                Fixtures.ERDOGAN);
        Event otherType = Fixtures.event("o", EventType.CALL, Fixtures.day("2024-01-20"), null, "a1", "They spoke.",
                Fixtures.ERDOGAN);
        List<Set<String>> keys = MergeBlocks.of(List.of(undated, dated, otherType));
        assertEquals(Set.of("MEET|ASSERTED|article:a1", "MEET|ASSERTED|undated|vladimir-putin"), keys.get(0));
        assertTrue(keys.get(1).contains("MEET|ASSERTED|article:a1"), "a dated meeting of the article meets it");
        assertFalse(keys.get(2).contains("MEET|ASSERTED|article:a1"), "a call of the article does not");
        assertFalse(keys.get(2).stream().anyMatch(k -> k.contains("article:")), "nor does it have an article key at all");
    }

    @Test
    void anEventSpanningYearsIsAlsoKeyedAsUndated() {
        Event wide = Fixtures.event("w", EventType.MEET, Fixtures.date("2022", null, "2022-01-01", "2023-12-31"), null,
                "a1", "They met over two years.", Fixtures.PUTIN);
        Set<String> keys = keys(wide);
        assertTrue(keys.contains("MEET|ASSERTED|vladimir-putin|2022-01") && keys.contains("MEET|ASSERTED|vladimir-putin|2023-12"));
        assertTrue(keys.contains("MEET|ASSERTED|article:a1") && keys.contains("MEET|ASSERTED|undated|vladimir-putin"));
    }

    @Test
    void aDatedEventWithNoPartyHasABlockOfItsOwnSoThatItIsMergedAtAll() {
        Event nobody = Fixtures.event("x", EventType.STATEMENT, Fixtures.day("2024-01-20"), null, "a1", "It was said.");
        Event other = Fixtures.event("y", EventType.STATEMENT, Fixtures.day("2024-01-20"), null, "a1", "It was said again.");
        List<Set<String>> keys = MergeBlocks.of(List.of(nobody, other));
        assertEquals(Set.of("STATEMENT|ASSERTED|alone|a1|0"), keys.get(0));
        assertEquals(Set.of("STATEMENT|ASSERTED|alone|a1|1"), keys.get(1));
    }
}
