package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.index.Fixtures.ERDOGAN;
import static org.parley.index.Fixtures.PUTIN;
import static org.parley.index.Fixtures.SULLIVAN;
import static org.parley.index.Fixtures.USA;
import static org.parley.index.Fixtures.USHAKOV;
import static org.parley.index.Fixtures.article;
import static org.parley.index.Fixtures.articleEvents;
import static org.parley.index.Fixtures.date;
import static org.parley.index.Fixtures.day;
import static org.parley.index.Fixtures.event;
import static org.parley.index.Fixtures.lateYear;
import static org.parley.index.Fixtures.month;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;

class EventSearcherTest {
    @TempDir
    static Path dir;
    static EventSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            index.putArticle(articleEvents(article("a1", "Late in 2023 intermediaries met."), List.of(
                    event("call-jan", EventType.CALL, month("2024-01"), null, "a1",
                            "Jake Sullivan and Yury Ushakov spoke by phone in January.", SULLIVAN, USHAKOV),
                    event("meet-turkiye", EventType.MEET, lateYear(2023), "Türkiye", "a1",
                            "Intermediaries met in Türkiye at the end of 2023.", USA, PUTIN))));
            index.putArticle(articleEvents(article("a2", "Putin signalled readiness."), List.of(
                    event("propose-2023", EventType.PROPOSE, date("2023", null, "2023-01-01", "2023-12-31"), null, "a2",
                            "Putin signalled readiness for a ceasefire in 2023.", PUTIN, USA),
                    event("reject-feb", EventType.REJECT, day("2024-02-12"), null, "a2",
                            "Washington rejected the proposal on 12 February.", USA, PUTIN),
                    event("month-jan-2023", EventType.STATEMENT, month("2023-01"), null, "a2",
                            "Putin spoke about talks in January 2023.", PUTIN),
                    event("day-jan-1-2023", EventType.STATEMENT, day("2023-01-01"), null, "a2",
                            "Putin gave a New Year address on 1 January 2023.", PUTIN))));
            index.putArticle(articleEvents(article("a3", "Sullivan said."), List.of(
                    event("statement-nov", EventType.STATEMENT, day("2023-11-15"), "Washington", "a3",
                            "Sullivan told reporters the talks were over.", SULLIVAN),
                    event("appeal-undated", EventType.APPEAL, EventDate.none(), "Ankara", "a3",
                            "Erdoğan urged both sides to talk.", ERDOGAN))));
            assertEquals(8, index.commit());
        }
        searcher = EventSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(EventQuery q) throws IOException {
        return searcher.search(q).hits().stream().map(h -> h.event().id()).toList();
    }

    private static EventQuery.Builder q() {
        return EventQuery.builder();
    }

    @Test
    void anyAliasInAnyCaseFindsTheSameActor() throws IOException {
        List<String> expected = List.of("statement-nov", "call-jan");
        for (String name : List.of("Sullivan", "Jake Sullivan", "mr. sullivan", "JAKE SULLIVAN", "jake-sullivan",
                "White House National Security Advisor Jake Sullivan")) {
            assertEquals(expected, ids(q().actor(name).build()), name);
        }
    }

    @Test
    void accentsDoNotMatter() throws IOException {
        assertEquals(List.of("appeal-undated"), ids(q().actor("Erdogan").build()));
        assertEquals(List.of("appeal-undated"), ids(q().actor("recep tayyip erdogan").build()));
    }

    @Test
    void twoActorsMeanEventsWithBoth() throws IOException {
        assertEquals(List.of("call-jan"), ids(q().actor("Sullivan").actor("Ushakov").build()));
        assertEquals(List.of(), ids(q().actor("Sullivan").actor("Putin").build()));
    }

    @Test
    void lateYearOverlapsAPeriodThatStartsInItsLastMonths() throws IOException {
        EventQuery from = q().type(EventType.MEET).from(LocalDate.of(2023, 11, 1)).build();
        assertEquals(List.of("meet-turkiye"), ids(from));
    }

    @Test
    void overlapIncludesBothEdgeDays() throws IOException {
        assertEquals(List.of("meet-turkiye"), ids(q().type(EventType.MEET).from(LocalDate.of(2023, 12, 31)).build()));
        assertEquals(List.of(), ids(q().type(EventType.MEET).from(LocalDate.of(2024, 1, 1)).build()));
        assertEquals(List.of("meet-turkiye"), ids(q().type(EventType.MEET).to(LocalDate.of(2023, 9, 1)).build()));
        assertEquals(List.of(), ids(q().type(EventType.MEET).to(LocalDate.of(2023, 8, 31)).build()));
    }

    @Test
    void undatedEventsMatchNoDateFilterAndComeLast() throws IOException {
        List<String> all = ids(q().build());
        assertEquals("appeal-undated", all.get(all.size() - 1));
        assertFalse(ids(q().from(LocalDate.of(1900, 1, 1)).build()).contains("appeal-undated"));
    }

    @Test
    void sameFirstDayPutsTheMorePreciseDateFirst() throws IOException {
        assertEquals(List.of("day-jan-1-2023", "month-jan-2023", "propose-2023"),
                ids(q().actor("Putin").to(LocalDate.of(2023, 1, 31)).build()));
    }

    @Test
    void typeModePlaceAndCountryAreExactFilters() throws IOException {
        assertEquals(List.of("reject-feb"), ids(q().type(EventType.REJECT).build()));
        assertEquals(List.of("meet-turkiye"), ids(q().place("TÜRKIYE").build()));
        assertEquals(List.of("call-jan"), ids(q().country("rus").actor("Sullivan").build()));
        assertEquals(8, ids(q().mode(EventMode.ASSERTED).build()).size());
        assertEquals(List.of(), ids(q().mode(EventMode.PLANNED).build()));
    }

    @Test
    void aStatePlaceIsFoundByEveryNameOfTheState() throws IOException {
        for (String name : List.of("Turkey", "turkiye", "Republic of Türkiye", "Türkiye")) {
            assertEquals(List.of("meet-turkiye"), ids(q().place(name).build()), name);
        }
    }

    @Test
    void aCapitalIsNoAliasOfItsStateNorOfAnotherCapital() throws IOException {
        assertEquals(List.of("appeal-undated"), ids(q().place("Ankara").build()));
        assertEquals(List.of(), ids(q().place("United States").build()), "Washington is a place of its own");
        assertEquals(List.of("statement-nov"), ids(q().place("washington").build()));
    }

    @Test
    void wordsAreStemmedAndMarkedInTheEvidence() throws IOException {
        SearchResult r = searcher.search(q().text("phoned").build());
        assertEquals(1, r.total());
        EventHit hit = r.hits().get(0);
        assertEquals("call-jan", hit.event().id());
        assertEquals("Jake Sullivan and Yury Ushakov spoke by [phone] in January.", hit.evidence().marked("[", "]"));
    }

    @Test
    void askedActorsAreMarkedInTheEvidence() throws IOException {
        EventHit hit = searcher.search(q().actor("Mr. Sullivan").type(EventType.STATEMENT).build()).hits().get(0);
        assertEquals("[Sullivan] told reporters the talks were over.", hit.evidence().marked("[", "]"));
    }

    @Test
    void relevanceOrderPutsTheBestMatchFirst() throws IOException {
        SearchResult r = searcher.search(q().text("talks | ceasefire").sort(EventQuery.SortOrder.RELEVANCE).build());
        assertEquals(4, r.total());
        for (int i = 1; i < r.hits().size(); i++) {
            assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score(), "scores fall");
        }
        assertTrue(r.hits().get(0).score() > 0);
    }

    @Test
    void facetsCountCoActorsWithoutTheAskedOne() throws IOException {
        SearchResult r = searcher.search(q().actor("Putin").build(), true);
        assertEquals(List.of(new FacetCount("United States", 3)), r.facets().get(EventSchema.FACET_ACTOR));
        assertEquals(List.of(new FacetCount("STATEMENT", 2), new FacetCount("MEET", 1), new FacetCount("PROPOSE", 1),
                new FacetCount("REJECT", 1)), r.facets().get(EventSchema.FACET_TYPE));
        assertEquals(List.of(new FacetCount("2023", 4), new FacetCount("2024", 1)), r.facets().get(EventSchema.FACET_YEAR));
        assertEquals(List.of(new FacetCount("Türkiye", 1)), r.facets().get(EventSchema.FACET_PLACE));
        assertEquals(List.of(new FacetCount("a2.txt", 4), new FacetCount("a1.txt", 1)),
                r.facets().get(EventSchema.FACET_SOURCE));
    }

    @Test
    void unknownActorSuggestsTheNearestKnownOne() throws IOException {
        assertFalse(searcher.knowsActor("Sulivan"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> searcher.checkActors(List.of("Sulivan")));
        assertEquals("unknown actor 'Sulivan'; did you mean Jake Sullivan?", e.getMessage());
    }

    @Test
    void storedEventsAndArticlesComeBackWhole() throws IOException {
        assertEquals(8, searcher.allEvents().size());
        assertEquals(List.of("a1", "a2", "a3"), searcher.allArticles().stream().map(a -> a.article().id()).toList());
        assertEquals(SULLIVAN, searcher.allArticles().get(0).actors().get(0).actor());
        assertTrue(searcher.knownActors().contains(SULLIVAN), "actors keep their aliases and offices");
    }
}
